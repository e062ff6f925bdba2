import { z } from 'zod';

/**
 * Where the English text comes from: `ours` is our translation of the Vietnamese source,
 * `reviewed` a translation checked by a second reader, `missing` a text saved in one language only
 * (the other is empty until someone translates it).
 */
export const translationStatusSchema = z.enum(['ours', 'reviewed', 'missing']);

const isFilled = (text: unknown) => typeof text === 'string' && text.trim() !== '';

const LANGUAGE_MISSING = { vi: 'Vietnamese text is missing', en: 'English text is missing' } as const;

/**
 * Every text field carries both languages and the status of the translation. Both are filled, except
 * with `translation: 'missing'`, where one of them (never both) may be empty.
 */
export const bilingualTextSchema = z
  .object({
    vi: z.string({ error: LANGUAGE_MISSING.vi }),
    en: z.string({ error: LANGUAGE_MISSING.en }),
    translation: translationStatusSchema,
  })
  .superRefine(
    (text, ctx) => {
      const oneMayBeEmpty = text.translation === 'missing' && (isFilled(text.vi) || isFilled(text.en));
      if (oneMayBeEmpty) return;
      for (const language of ['vi', 'en'] as const) {
        if (typeof text[language] === 'string' && !isFilled(text[language])) {
          ctx.addIssue({ code: 'custom', path: [language], input: text[language], message: LANGUAGE_MISSING[language] });
        }
      }
    },
    { when: () => true },
  );
export type BilingualText = z.infer<typeof bilingualTextSchema>;

/** The language a text with `translation: 'missing'` lacks; undefined when both are there. */
export function missingLanguage(text: BilingualText): 'vi' | 'en' | undefined {
  if (text.translation !== 'missing') return undefined;
  if (!isFilled(text.vi)) return 'vi';
  if (!isFilled(text.en)) return 'en';
  return undefined;
}
