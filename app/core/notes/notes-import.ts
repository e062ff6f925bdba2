import { AppError } from '../../shared/app-error';
import type { NotesImportReport } from '../../shared/notes/note-requests';
import { MAX_NOTE_REVISIONS, NOTE_SCHEMA_VERSION, type Note } from '../../shared/notes/note-schema';
import type { NotesExport } from './notes-exchange';
import type { ImportedNote } from './notes-import-merge';
import type { NotesStore } from './notes-store';

/** What an import checks the notes against: the countries and records of the dataset in use. */
export interface ImportAttachments {
  findCountry(code: string): unknown;
  findRecord(id: string): Promise<{ country: string } | undefined>;
}

export interface NotesImportOptions {
  /** Say what the import would do, changing nothing. */
  dryRun?: boolean;
  /** Called as the notes that change are written: how many of how many. */
  onProgress?: (done: number, total: number) => void;
}

/**
 * Every note of the export must be on a country of the dataset, and on one of its records if on a record,
 * as a new note saved here must be; a note already here keeps what it is attached to. The first problem is
 * refused with `import-invalid`, naming `source` and the note's place in the file.
 */
async function checkAttachments(data: NotesExport, records: ImportAttachments, store: NotesStore, source: string): Promise<void> {
  for (const [index, note] of data.notes.entries()) {
    const here = store.get(note.id);
    const refuse = (field: string, detail: string) => {
      throw new AppError('import-invalid', { path: source, detail: `notes.${index}.${field}: ${detail}` });
    };
    if (here?.country !== note.country && !records.findCountry(note.country)) refuse('country', `unknown country ${note.country}`);
    if (note.recordId === undefined || here?.recordId === note.recordId) continue;
    if ((await records.findRecord(note.recordId))?.country !== note.country) refuse('recordId', `no record ${note.recordId} in ${note.country}`);
  }
}

/**
 * Imports an export into the store, checked whole before anything is written and then all or nothing:
 * see `mergeImportedNote` for what happens to each note. With `dryRun`, only says what it would do.
 */
export async function importNotesExport(store: NotesStore, records: ImportAttachments, data: NotesExport, source: string, options: NotesImportOptions = {}): Promise<NotesImportReport> {
  await checkAttachments(data, records, store, source);
  const incoming: ImportedNote[] = data.notes.map(({ revisions, ...fields }) => {
    const note: Note = { schemaVersion: NOTE_SCHEMA_VERSION, ...fields };
    return { note, revisions: revisions.slice(-MAX_NOTE_REVISIONS) };
  });
  const outcomes = options.dryRun ? await store.planImport(incoming) : await store.importNotes(incoming, options.onProgress);
  const report: NotesImportReport = { added: 0, updated: 0, unchanged: 0 };
  for (const outcome of outcomes) report[outcome] += 1;
  return report;
}
