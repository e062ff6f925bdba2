import { z } from 'zod';
import { partialDateSchema } from '../records/partial-date';
import { countryCodeSchema } from '../records/record-schema';
import type { Language } from '../settings/settings-schema';

/**
 * The sections a brief may carry, in the order they print: the structure of a ministry country brief
 * (basic information, political relations, economy, other cooperation by area, multilateral support,
 * agreements, people-to-people), then the officer's talking points and notes, and the sources.
 */
export const briefSections = [
  'basic',
  'political',
  'economy',
  'cooperation',
  'multilateral',
  'agreements',
  'people',
  'talking-points',
  'notes',
  'sources',
] as const;
export const briefSectionSchema = z.enum(briefSections);
export type BriefSection = z.infer<typeof briefSectionSchema>;

/** The language a brief is printed in; `both` gives each section in Vietnamese, then in English. */
export const briefLanguageSchema = z.enum(['vi', 'en', 'both']);
export type BriefLanguage = z.infer<typeof briefLanguageSchema>;

/** Which of the officer's notes go in: none, the pinned ones, those with some tags, or all. */
export const briefNotesChoiceSchema = z.enum(['none', 'pinned', 'tagged', 'all']);
export type BriefNotesChoice = z.infer<typeof briefNotesChoiceSchema>;

export const MAX_BRIEF_COUNTRIES = 12;

/** Free text printed on the brief, stored in NFC (decomposed text extracts badly from a PDF). */
const printedText = (max: number) =>
  z
    .string()
    .max(max)
    .transform((text) => text.normalize('NFC').trim());

const distinct = <T>(items: readonly T[]) => new Set(items).size === items.length;

/** Everything that decides what a brief or a binder (several countries) contains and how it looks. */
export const briefSpecSchema = z
  .object({
    /** One country makes a brief; several, in this order, make a binder with a cover and contents. */
    countries: z
      .array(countryCodeSchema)
      .min(1, 'choose at least one country')
      .max(MAX_BRIEF_COUNTRIES)
      .refine(distinct, 'each country once'),
    language: briefLanguageSchema,
    sections: z.array(briefSectionSchema).min(1, 'choose at least one section').refine(distinct, 'each section once'),
    /** The dated lists cover this many years before the date prepared; absent means all years. */
    timelineYears: z.number().int().min(1).max(100).optional(),
    notes: briefNotesChoiceSchema,
    /** With `notes: 'tagged'`, the notes carrying any of these tags. */
    noteTags: z.array(printedText(40)).max(30).optional(),
    title: printedText(200).optional(),
    /** E.g. 'Hội đàm với Thủ tướng Kyrgyzstan, 6/3/2025'. */
    occasion: printedText(300).optional(),
    /** The dates of the trip or meeting, printed on a binder's cover. */
    dates: z.object({ start: partialDateSchema, end: partialDateSchema.optional() }).strict().optional(),
    /** The handling label printed at the top and bottom of every page, e.g. 'LƯU HÀNH NỘI BỘ'. */
    label: printedText(80).optional(),
    /** The date the brief is prepared (YYYY-MM-DD). */
    prepared: partialDateSchema,
  })
  .strict();
export type BriefSpec = z.output<typeof briefSpecSchema>;

/** The languages a brief is printed in, in order. */
export function briefLanguages(language: BriefLanguage): Language[] {
  return language === 'both' ? ['vi', 'en'] : [language];
}

/** A brief of several countries is a binder: it gets a cover and a table of contents. */
export function isBinder(spec: Pick<BriefSpec, 'countries'>): boolean {
  return spec.countries.length > 1;
}

export function hasSection(spec: Pick<BriefSpec, 'sections'>, section: BriefSection): boolean {
  return spec.sections.includes(section);
}

/** Today (or `date`) in the local time zone as `YYYY-MM-DD`: the default date a brief is prepared. */
export function localIsoDate(date: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** The name proposed when a brief is saved: `Brief-AZ-vi-2026-11-23.pdf`, `Binder-KZ-AZ-RU-BY-vi-en-2025-05-06.pdf`. */
export function briefFileName(spec: Pick<BriefSpec, 'countries' | 'language' | 'prepared'>): string {
  const kind = isBinder(spec) ? 'Binder' : 'Brief';
  return `${[kind, ...spec.countries, ...briefLanguages(spec.language), spec.prepared].join('-')}.pdf`;
}
