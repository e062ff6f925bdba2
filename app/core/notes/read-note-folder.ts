import { closeSync, openSync, readdirSync, readFileSync, readSync, type Dirent } from 'node:fs';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { AppError } from '../../shared/app-error';
import { NOTE_SCHEMA_VERSION, noteIdSchema, noteSchema, type Note } from '../../shared/notes/note-schema';
import { NOTES_FOLDER } from './note-files';

/**
 * Reads a small file into `buffer` (open, read, close: no stat, no allocation per file), or whole when it
 * does not fit. Opening 10,000 notes is mostly these system calls.
 */
function readSmallFileSync(file: string, buffer: Buffer): string {
  const fd = openSync(file, 'r');
  try {
    let length = 0;
    for (let read = 1; read > 0 && length < buffer.length; length += read) read = readSync(fd, buffer, length, buffer.length - length, null);
    if (length < buffer.length) return buffer.toString('utf8', 0, length);
  } finally {
    closeSync(fd);
  }
  return readFileSync(file, 'utf8');
}

/** A temporary file of an atomic write (`<id>.json.<number>`) that a crash or a full disk left behind. */
const LEFTOVER_TEMP_FILE = /^[a-z0-9][a-z0-9-]{7,63}\.json\.\d{1,10}$/;

export interface NoteFolder {
  /** The note files that parse and validate as they are. */
  good: Note[];
  /** The ids whose file did not: damaged, or written by another version. */
  suspect: string[];
  /** Temporary files of interrupted writes, in notes/ and notes/revisions/, relative to the notes folder. */
  leftovers: string[];
}

function listFolder(dir: string): Dirent[] {
  try {
    return readdirSync(dir, { withFileTypes: true });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw new AppError('data-folder-unreadable', { path: dir, detail: (error as Error).message }, { cause: error });
  }
}

/** Reads the notes folder of `dataDir`: the common case kept fast (10,000 notes in about 200 ms). */
export function readNoteFolder(dataDir: string): NoteFolder {
  const notesDir = path.join(dataDir, NOTES_FOLDER);
  const folder: NoteFolder = { good: [], suspect: [], leftovers: [] };
  const buffer = Buffer.allocUnsafe(256 * 1024);
  for (const entry of listFolder(notesDir)) {
    if (entry.isDirectory() && entry.name === 'revisions') {
      for (const revision of listFolder(path.join(notesDir, entry.name))) {
        if (revision.isFile() && LEFTOVER_TEMP_FILE.test(revision.name)) folder.leftovers.push(`revisions/${revision.name}`);
      }
    }
    if (!entry.isFile()) continue;
    if (LEFTOVER_TEMP_FILE.test(entry.name)) folder.leftovers.push(entry.name);
    if (!entry.name.endsWith('.json')) continue;
    const id = entry.name.slice(0, -'.json'.length);
    // Anything else in the folder (a file the officer put there) is not a note and is left alone.
    if (!noteIdSchema.safeParse(id).success) continue;
    let value: unknown;
    try {
      value = JSON.parse(readSmallFileSync(path.join(notesDir, entry.name), buffer));
    } catch {
      folder.suspect.push(id);
      continue;
    }
    const parsed = noteSchema.safeParse(value);
    if (parsed.success && parsed.data.schemaVersion === NOTE_SCHEMA_VERSION && parsed.data.id === id) folder.good.push(parsed.data);
    else folder.suspect.push(id);
  }
  return folder;
}

/** Removes the temporary files interrupted writes left (only a writer does: one process writes a folder at a time). */
export async function removeLeftoverTempFiles(dataDir: string, leftovers: readonly string[]): Promise<void> {
  for (const name of leftovers) await rm(path.join(dataDir, NOTES_FOLDER, name), { force: true });
}
