import { z } from 'zod';

/**
 * Where the English text comes from: `ours` is our translation of the Vietnamese source,
 * `reviewed` a translation checked by a second reader.
 */
export const translationStatusSchema = z.enum(['ours', 'reviewed']);

const isFilled = (text: string) => text.trim() !== '';

/** Every text field carries both languages and the status of the translation. */
export const bilingualTextSchema = z.object({
  vi: z.string({ error: 'Vietnamese text is missing' }).refine(isFilled, 'Vietnamese text is missing'),
  en: z.string({ error: 'English text is missing' }).refine(isFilled, 'English text is missing'),
  translation: translationStatusSchema,
});
export type BilingualText = z.infer<typeof bilingualTextSchema>;
