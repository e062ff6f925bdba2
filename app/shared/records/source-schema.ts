import { z } from 'zod';
import { bilingualTextSchema } from './bilingual-text';
import { partialDateSchema } from './partial-date';

/** Where a source passage is wrong or garbled: what is right instead, and why. */
export const correctionSchema = z.object({
  text: bilingualTextSchema,
  reason: bilingualTextSchema,
});

export const confidenceSchema = z.enum(['high', 'medium', 'low']);

/** Which part of the article the passage is: its body (the default) or the headline of a related-news link. */
export const passageRoleSchema = z.enum(['body', 'related-headline']);
export type PassageRole = z.infer<typeof passageRoleSchema>;

/** The citation a fact rests on: the article and the sentence, quoted as published. */
export const articleSourceSchema = z.object({
  /** Absent in datasets written before the other kinds of source existed. */
  kind: z.literal('article').optional(),
  article: z.string().min(1),
  /** The sentence (or sentences) from the article, verbatim, in Vietnamese. */
  passage: z.string().min(1),
  confidence: confidenceSchema,
  /** Absent means `body`. A related-news headline is a weak source. */
  passageRole: passageRoleSchema.optional(),
  correction: correctionSchema.optional(),
  /** How a value not stated outright was inferred (e.g. a year from an anniversary). */
  inference: bilingualTextSchema.optional(),
});
export type ArticleSource = z.infer<typeof articleSourceSchema>;

/** An internal document (a report, a cable, minutes): its title as written, its number and date if it has them. */
export const documentSourceSchema = z.object({
  kind: z.literal('document'),
  title: z.string().trim().min(1),
  number: z.string().trim().min(1).optional(),
  date: partialDateSchema.optional(),
  /** The part of the document the fact rests on. */
  passage: z.string().min(1).optional(),
  confidence: confidenceSchema,
});
export type DocumentSource = z.infer<typeof documentSourceSchema>;

/** What the officer knows first-hand, in their own words. */
export const knowledgeSourceSchema = z.object({
  kind: z.literal('knowledge'),
  passage: z.string().trim().min(1),
  confidence: confidenceSchema,
});
export type KnowledgeSource = z.infer<typeof knowledgeSourceSchema>;

/** A record's source: an article (the datasets' own kind), an internal document, or the officer's knowledge. */
export const sourceSchema = z.discriminatedUnion('kind', [articleSourceSchema, documentSourceSchema, knowledgeSourceSchema]);
export type Source = z.infer<typeof sourceSchema>;
