/**
 * The inputs of the notes requests, for app/contract.ts: zod only, no Node imports (the renderer reads them).
 */
import { z } from 'zod';
import type { BilingualText } from '../records/bilingual-text';
import { countryCodeSchema, type CountryCode } from '../records/record-schema';
import { isoDateTimeSchema, noteIdSchema, noteRecordIdSchema, noteSchema } from './note-schema';
import type { NoteView } from './note-view';

export const listNotesInputSchema = z
  .object({
    country: countryCodeSchema.optional(),
    /** The notes on one record. */
    recordId: noteRecordIdSchema.optional(),
    /** The country's own notes: not on a record, or on a record a dataset update removed. */
    countryLevel: z.boolean().optional(),
    tag: z.string().max(100).optional(),
    /** Words to find, diacritics or not. */
    query: z.string().max(500).optional(),
    /** The trash instead of the notes. */
    trash: z.boolean().optional(),
  })
  .strict();

export const saveNoteInputSchema = noteSchema
  .pick({ id: true, country: true, recordId: true, body: true, tags: true, pinned: true })
  .extend({
    /** The editor's session and its count of saves: a stale save arriving late is ignored. */
    session: z.string().min(1).max(100).optional(),
    sequence: z.number().int().nonnegative().optional(),
  })
  .strict();

/**
 * A save of a note: `id` is chosen by the editor when the note is started (a UUID), so every save of
 * it names the same note; `country` and `recordId` are used when it is created (a note never moves).
 */
export type SaveNoteInput = z.output<typeof saveNoteInputSchema>;

export const noteIdInputSchema = z.object({ id: noteIdSchema }).strict();

export const restoreNoteRevisionInputSchema = z.object({ id: noteIdSchema, savedAt: isoDateTimeSchema }).strict();

export const importNotesInputSchema = z
  .object({
    /** The export file's content. */
    text: z.string().min(1).max(40 * 1024 * 1024),
    /** The file's name, for messages. */
    fileName: z.string().max(255).optional(),
    /** Only say what the import would do (the counts), changing nothing. */
    dryRun: z.boolean().optional(),
  })
  .strict();

export interface NoteListing {
  notes: NoteView[];
  /** Every tag on a note not in the trash, for the notes screen's tag filter (empty for a record's or country's own notes). */
  tags: string[];
  /** The countries that have notes (names when the dataset has them), for the country filter (likewise). */
  countries: { code: CountryCode; name?: BilingualText }[];
}

/** An export made for the renderer to save as a download. */
export interface NotesExportDownload {
  fileName: string;
  text: string;
}

/** What an import did, note by note. */
export interface NotesImportReport {
  added: number;
  updated: number;
  unchanged: number;
}
