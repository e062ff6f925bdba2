import { z } from 'zod';
import { countryCodeSchema } from '../records/record-schema';

/** The format of one note file, `notes/<id>.json`. */
export const NOTE_SCHEMA_VERSION = 1;
/** The format of one note's revisions file, `notes/revisions/<id>.json`. */
export const NOTE_REVISIONS_SCHEMA_VERSION = 1;
/** How many earlier versions each note keeps. */
export const MAX_NOTE_REVISIONS = 20;
/** How long a deleted note stays in the trash before it is purged (on the next open). */
export const TRASH_RETENTION_DAYS = 30;
/** Saves closer together than this (typing, autosave) share one revision. */
export const REVISION_INTERVAL_MS = 2 * 60_000;
export const MAX_NOTE_BODY_LENGTH = 200_000;
export const MAX_NOTE_TAGS = 30;
export const MAX_TAG_LENGTH = 40;

/** A note id names its file: lower-case letters, digits and hyphens only (a UUID fits). */
export const noteIdSchema = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{7,63}$/, 'a note id is 8 to 64 lower-case letters, digits and hyphens');

/** A record id as the dataset writes them. */
export const noteRecordIdSchema = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'ids are lower-case letters, digits and hyphens').max(120);

export const isoDateTimeSchema = z.iso.datetime();

/** A tag as typed: trimmed, not empty, no commas (commas separate tags where they are typed). */
export const noteTagSchema = z
  .string()
  .trim()
  .min(1, 'a tag is empty')
  .max(MAX_TAG_LENGTH, `a tag has at most ${MAX_TAG_LENGTH} characters`)
  .refine((tag) => !tag.includes(',') && !/[\n\r\t]/.test(tag), 'a tag has no commas or line breaks');

export const noteBodySchema = z.string().max(MAX_NOTE_BODY_LENGTH, 'the note is too long');

/** What the officer writes: the parts of a note a revision keeps. */
export const noteContentSchema = z.object({
  body: noteBodySchema,
  tags: z.array(noteTagSchema).max(MAX_NOTE_TAGS),
});

/** One personal note, attached to a country or to one of its records. */
export const noteSchema = z.object({
  schemaVersion: z.number().int().positive(),
  id: noteIdSchema,
  country: countryCodeSchema,
  /** The record the note is about; absent for a note on the country itself. */
  recordId: noteRecordIdSchema.optional(),
  /** Markdown. */
  body: noteBodySchema,
  tags: z.array(noteTagSchema).max(MAX_NOTE_TAGS),
  pinned: z.boolean(),
  createdAt: isoDateTimeSchema,
  updatedAt: isoDateTimeSchema,
  /** Set while the note is in the trash. */
  deletedAt: isoDateTimeSchema.optional(),
});
export type Note = z.infer<typeof noteSchema>;

/** An earlier version of a note's content, and when that version was saved. */
export const noteRevisionSchema = noteContentSchema.extend({ savedAt: isoDateTimeSchema });
export type NoteRevision = z.infer<typeof noteRevisionSchema>;

export const noteRevisionsFileSchema = z.object({
  schemaVersion: z.number().int().positive(),
  id: noteIdSchema,
  /** Oldest first. */
  revisions: z.array(noteRevisionSchema),
});
export type NoteRevisionsFile = z.infer<typeof noteRevisionsFileSchema>;

/** Tags as stored: NFC, trimmed, each once (ignoring case), in the order first typed. */
export function normalizeTags(tags: readonly string[]): string[] {
  const seen = new Set<string>();
  const result: string[] = [];
  for (const raw of tags) {
    const tag = raw.normalize('NFC').trim().replace(/\s+/g, ' ');
    const key = tag.toLocaleLowerCase('vi');
    if (tag === '' || seen.has(key)) continue;
    seen.add(key);
    result.push(tag);
  }
  return result;
}

/** True when two versions of a note say the same thing (pinning is not content). */
export function sameContent(a: { body: string; tags: readonly string[] }, b: { body: string; tags: readonly string[] }): boolean {
  return a.body === b.body && a.tags.length === b.tags.length && a.tags.every((tag, i) => tag === b.tags[i]);
}
