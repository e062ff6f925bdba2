import { z } from 'zod';
import { partialDateSchema } from '../../shared/records/partial-date';
import { relationsRecordSchema } from '../../shared/records/record-schema';

export const IMPORT_SESSION_SCHEMA_VERSION = 1;

const blockRoleSchema = z.enum(['paragraph', 'heading', 'caption', 'list-item', 'quote']);

/** `imports/<article id>/session.json`: an article waiting for the officer's review. */
export const importSessionSchema = z.object({
  schemaVersion: z.number().int().positive(),
  createdAt: z.string().min(1),
  article: z.object({
    id: z.string().regex(/^[a-z0-9-]+$/),
    publisher: z.string().min(1),
    title: z.string().min(1),
    date: partialDateSchema.optional(),
    dateSource: z.enum(['json-ld', 'meta', 'page', 'given']).optional(),
    author: z.string().optional(),
    url: z.string().optional(),
    file: z.string().min(1),
    language: z.enum(['vi', 'en']),
    charset: z.string().min(1),
    format: z.enum(['html', 'text']),
  }),
  /** The page as saved, and the cleaned text every passage is a substring of. */
  pageFile: z.string().min(1),
  cleanedFile: z.literal('cleaned.txt'),
  blocks: z.array(z.object({ role: blockRoleSchema, text: z.string(), start: z.number().int(), end: z.number().int() })),
  dropped: z.array(z.object({ text: z.string(), reason: z.string() })),
  candidates: z.array(
    z.object({
      record: relationsRecordSchema,
      passage: z.string().min(1),
      span: z.tuple([z.number().int().nonnegative(), z.number().int().nonnegative()]),
      flags: z.array(z.string()),
      duplicateOf: z.string().nullable(),
    }),
  ),
});
export type ImportSession = z.infer<typeof importSessionSchema>;
