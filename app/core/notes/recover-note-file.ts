import { readFile, rename } from 'node:fs/promises';
import path from 'node:path';
import { AppError } from '../../shared/app-error';
import { NOTE_SCHEMA_VERSION, noteSchema, type Note } from '../../shared/notes/note-schema';
import type { StoreNotice } from '../../shared/store/store-notice';
import { previousCopyPath } from '../store/durable-json-file';
import { noteFiles, writeNoteStoreFile } from './note-files';

/** What a note file that did not read cleanly turned out to be. */
export interface RecoveredNote {
  /** The note to use, when there is one. */
  note?: Note;
  /** Written by a newer app: shown, never rewritten. */
  newer: boolean;
  notices: StoreNotice[];
}

type Reading = { kind: 'missing' } | { kind: 'damaged' } | { kind: 'newer'; note?: Note; version: number } | { kind: 'good'; note: Note };

async function readNoteFile(file: string, id: string): Promise<Reading> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { kind: 'missing' };
    throw new AppError('data-folder-unreadable', { path: file, detail: (error as Error).message }, { cause: error });
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { kind: 'damaged' };
  }
  const version = (value as { schemaVersion?: unknown } | null)?.schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version)) return { kind: 'damaged' };
  // The file's name is the note's id.
  const parsed = noteSchema.safeParse({ ...(value as object), id });
  if (version > NOTE_SCHEMA_VERSION) return { kind: 'newer', version, ...(parsed.success ? { note: parsed.data } : {}) };
  return version === NOTE_SCHEMA_VERSION && parsed.success ? { kind: 'good', note: parsed.data } : { kind: 'damaged' };
}

const timestampForFileName = () => new Date().toISOString().replace(/[:.]/g, '-');

/**
 * Opens a note file the fast read refused: a newer app's file is used read-only; a damaged one is moved
 * aside (never overwritten), its previous copy used and written back, and the officer told; with no good
 * copy it stays aside for recovery by hand. A reading store moves and writes nothing.
 */
export async function recoverNoteFile(dataDir: string, id: string, readOnly: boolean): Promise<RecoveredNote> {
  const name = noteFiles.note(id);
  const file = path.join(dataDir, name);
  const current = await readNoteFile(file, id);
  if (current.kind === 'missing') return { newer: false, notices: [] };
  if (current.kind === 'good') return { note: current.note, newer: false, notices: [] };
  if (current.kind === 'newer') {
    const notice: StoreNotice = { code: 'file-newer-than-app', file: name, fromVersion: current.version, toVersion: NOTE_SCHEMA_VERSION };
    return { ...(current.note ? { note: current.note } : {}), newer: true, notices: [notice] };
  }
  const previous = await readNoteFile(previousCopyPath(file), id);
  const movedTo = readOnly ? undefined : `${name}.damaged-${timestampForFileName()}`;
  if (movedTo) await rename(file, path.join(dataDir, movedTo));
  if (previous.kind !== 'good') {
    const notice: StoreNotice = movedTo ? { code: 'note-damaged-unrecoverable', file: name, movedTo } : { code: 'note-damaged-unrecoverable-read-only', file: name };
    return { newer: false, notices: [notice] };
  }
  if (!movedTo) return { note: previous.note, newer: false, notices: [{ code: 'file-damaged-recovered-read-only', file: name }] };
  await writeNoteStoreFile(dataDir, name, previous.note, false);
  return { note: previous.note, newer: false, notices: [{ code: 'file-damaged-recovered', file: name, movedTo }] };
}
