import { stat } from 'node:fs/promises';
import path from 'node:path';
import { AppError } from '../../shared/app-error';
import { NOTE_REVISIONS_SCHEMA_VERSION, noteRevisionsFileSchema, type NoteRevision, type NoteRevisionsFile } from '../../shared/notes/note-schema';
import type { StoreNotice } from '../../shared/store/store-notice';
import { openDataFile } from '../store/data-file';
import { noteFiles } from './note-files';

/** The earlier versions of the notes, `notes/revisions/<id>.json`, read only when needed. */
export interface NoteRevisionsFiles {
  read(id: string): Promise<NoteRevision[]>;
  /** When the note's newest revision was saved (null: none), reading its file the first time. */
  newestSavedAt(id: string): Promise<string | null>;
  /** The file's content for `revisions`; refused for a file written by a newer app. */
  content(id: string, revisions: NoteRevision[]): NoteRevisionsFile;
  /** Records what a commit wrote. */
  written(file: NoteRevisionsFile): void;
  /** True once the note's revisions file was found or written. */
  exists(id: string): Promise<boolean>;
}

export function openNoteRevisionsFiles(dataDir: string, readOnly: boolean, addNotice: (notice: StoreNotice) => void): NoteRevisionsFiles {
  /** When each note's newest revision was saved (null: none yet), once its revisions file was read. */
  const newest = new Map<string, string | null>();
  /** Notes whose revisions file was written by a newer app: their revisions are never rewritten. */
  const newer = new Set<string>();
  const onDisk = (id: string) => stat(path.join(dataDir, noteFiles.revisions(id))).then(
    () => true,
    () => false,
  );

  /** A damaged revisions file is moved aside and its previous copy used, like any data file. */
  async function read(id: string): Promise<NoteRevision[]> {
    if (!(await onDisk(id))) {
      newest.set(id, null);
      return [];
    }
    const file = await openDataFile<NoteRevisionsFile>({
      dataDir,
      name: noteFiles.revisions(id),
      schema: noteRevisionsFileSchema,
      version: NOTE_REVISIONS_SCHEMA_VERSION,
      createDefault: () => ({ schemaVersion: NOTE_REVISIONS_SCHEMA_VERSION, id, revisions: [] }),
      readOnly,
      debounceMs: 0,
    });
    file.notices.forEach(addNotice);
    if (file.readOnly && !readOnly) newer.add(id);
    newest.set(id, file.data.revisions.at(-1)?.savedAt ?? null);
    return file.data.revisions;
  }

  return {
    read,
    async newestSavedAt(id) {
      const known = newest.get(id);
      return known === undefined ? ((await read(id)).at(-1)?.savedAt ?? null) : known;
    },
    content(id, revisions) {
      if (newer.has(id)) throw new AppError('file-newer-than-app', { file: noteFiles.revisions(id) });
      return { schemaVersion: NOTE_REVISIONS_SCHEMA_VERSION, id, revisions };
    },
    written(file) {
      newest.set(file.id, file.revisions.at(-1)?.savedAt ?? null);
    },
    exists: onDisk,
  };
}
