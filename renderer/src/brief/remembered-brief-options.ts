import { z } from 'zod';
import { briefLanguageSchema, briefSectionSchema, type BriefLanguage, type BriefSpec } from '../../../app/shared/briefs/brief-spec';
import { parseStoredJson } from '../parse-stored-json';

/** What a country's brief remembers from the last time it was built: its language, sections and label. */
const rememberedSchema = z.object({
  language: briefLanguageSchema,
  sections: z.array(briefSectionSchema).min(1),
  label: z.string().max(80),
});
export type RememberedBriefOptions = z.infer<typeof rememberedSchema>;

export function rememberedBriefKey(country: string): string {
  return `country-desk.brief.${country}`;
}

/** The stored options; what does not parse (nothing stored, an old or edited value) is none. */
export function parseRememberedBriefOptions(stored: string | null): RememberedBriefOptions | undefined {
  return parseStoredJson(rememberedSchema, stored);
}

export function rememberedOptionsOf(spec: BriefSpec): RememberedBriefOptions {
  return { language: spec.language, sections: spec.sections, label: spec.label ?? '' };
}

/** A new brief with the remembered options on it, and the language asked for (by the palette) over both. */
export function withRememberedOptions(
  spec: BriefSpec,
  remembered: RememberedBriefOptions | undefined,
  requested: BriefLanguage | undefined,
): BriefSpec {
  const language = requested ?? remembered?.language ?? spec.language;
  return remembered ? { ...spec, ...remembered, language } : { ...spec, language };
}
