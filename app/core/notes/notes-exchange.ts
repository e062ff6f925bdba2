import { z } from 'zod';
import { AppError } from '../../shared/app-error';
import { importProblemOf } from '../../shared/import-problem';
import { isoDateTimeSchema, noteRevisionSchema, noteSchema, type Note } from '../../shared/notes/note-schema';
import type { NotesStore } from './notes-store';

/** Names an export file as Country Desk's, so a different JSON file is refused with a clear message. */
export const NOTES_EXPORT_FORMAT = 'country-desk-notes';
export const NOTES_EXPORT_VERSION = 1;

/** One note as exported: the note (trash included) and its earlier versions. */
const exportedNoteSchema = noteSchema.omit({ schemaVersion: true }).extend({
  revisions: z.array(noteRevisionSchema).max(1000).default([]),
});
export type ExportedNote = z.infer<typeof exportedNoteSchema>;

/** The one JSON file `notes export` writes and `notes import` reads. */
export const notesExportSchema = z
  .object({
    format: z.literal(NOTES_EXPORT_FORMAT, { error: `not a Country Desk notes export (format must be '${NOTES_EXPORT_FORMAT}')` }),
    schemaVersion: z.literal(NOTES_EXPORT_VERSION, { error: `only notes exports of format version ${NOTES_EXPORT_VERSION} can be read` }),
    exportedAt: isoDateTimeSchema,
    notes: z.array(exportedNoteSchema),
  })
  .superRefine((value, context) => {
    const seen = new Set<string>();
    value.notes.forEach((note, index) => {
      if (seen.has(note.id)) context.addIssue({ code: 'custom', path: ['notes', index, 'id'], message: `the id ${note.id} appears twice` });
      seen.add(note.id);
    });
  });
export type NotesExport = z.infer<typeof notesExportSchema>;

/** Everything needed to rebuild the notes elsewhere: every note, in the trash or not, with its revisions. */
export async function buildNotesExport(store: NotesStore, now: Date = new Date()): Promise<NotesExport> {
  const notes = store.all().sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
  const exported: ExportedNote[] = [];
  for (const note of notes) {
    const fields: Partial<Note> = { ...note };
    delete fields.schemaVersion;
    exported.push({ ...(fields as Omit<Note, 'schemaVersion'>), revisions: await store.revisions(note.id) });
  }
  return { format: NOTES_EXPORT_FORMAT, schemaVersion: NOTES_EXPORT_VERSION, exportedAt: now.toISOString(), notes: exported };
}

export function serializeNotesExport(data: NotesExport): string {
  return `${JSON.stringify(data, null, 2)}\n`;
}

/** Reads an export's text; anything that is not a valid export is refused with `import-invalid`, naming `source`. */
export function parseNotesExport(text: string, source: string): NotesExport {
  let raw: unknown;
  try {
    // A UTF-8 byte order mark (some editors add one when a file is saved) is not part of the JSON.
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new AppError('import-invalid', { path: source, detail: (error as Error).message, problem: 'not-json', field: '' }, { cause: error });
  }
  const result = notesExportSchema.safeParse(raw);
  if (!result.success) {
    const issue = result.error.issues[0];
    const where = issue?.path.length ? `${issue.path.join('.')}: ` : '';
    throw new AppError('import-invalid', { path: source, detail: `${where}${issue?.message ?? 'invalid'}`, ...importProblemOf(issue) });
  }
  return result.data;
}
