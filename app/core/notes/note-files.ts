import { rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { previousCopyPath, writeFileDurably } from '../store/durable-json-file';
import { normalizeTextDeep } from '../store/normalize-text';

/** Where the notes live, relative to the data folder: one file per note, apart from the reference records. */
export const NOTES_FOLDER = 'notes';
const REVISIONS_FOLDER = 'revisions';

function noteFileName(id: string): string {
  return `${NOTES_FOLDER}/${id}.json`;
}

function revisionsFileName(id: string): string {
  return `${NOTES_FOLDER}/${REVISIONS_FOLDER}/${id}.json`;
}

/** The notes store's files for one note, relative to the data folder. */
export const noteFiles = { note: noteFileName, revisions: revisionsFileName };

/** One file written by a commit, and what undoes it. */
export interface WrittenNoteFile {
  name: string;
  /** The file existed before (its previous copy brings it back). */
  replaced: boolean;
}

/** Writes one note-store file durably (temp file, fsync, rename), keeping the version it replaces as its previous copy. */
export async function writeNoteStoreFile(dataDir: string, name: string, value: unknown, replaced: boolean): Promise<WrittenNoteFile> {
  await writeFileDurably(path.join(dataDir, name), `${JSON.stringify(normalizeTextDeep(value))}\n`);
  return { name, replaced };
}

/** Puts back what `written` replaced (its previous copy; a rename needs no room on the disk), or removes a file it created. */
export async function undoNoteStoreFile(dataDir: string, written: WrittenNoteFile): Promise<void> {
  const file = path.join(dataDir, written.name);
  if (written.replaced) await rename(previousCopyPath(file), file);
  else await rm(file, { force: true });
}

/** Removes a note for good: its file, its revisions and their previous copies. */
export async function removeNoteStoreFiles(dataDir: string, id: string): Promise<void> {
  for (const name of [noteFileName(id), revisionsFileName(id)]) {
    const file = path.join(dataDir, name);
    await rm(file, { force: true });
    await rm(previousCopyPath(file), { force: true });
  }
}
