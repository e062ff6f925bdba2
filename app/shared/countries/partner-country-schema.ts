import { z } from 'zod';
import { countryCodeSchema } from '../records/record-schema';
import { regionKeys } from './region-keys';

export const regionSchema = z.enum(regionKeys);

/** A name in English with its Vietnamese form where one is recorded (absent: the translation is missing). */
const englishFirstTextSchema = z.object({ en: z.string().min(1), vi: z.string().min(1).optional() }).strict();

/** One state Vietnam has diplomatic relations with: identity, names, capital, region. */
export const partnerCountrySchema = z
  .object({
    code: countryCodeSchema,
    name: z.object({ vi: z.string().min(1), en: z.string().min(1) }).strict(),
    officialName: englishFirstTextSchema,
    capital: englishFirstTextSchema.optional(),
    region: regionSchema,
    /** A slug of the UN geoscheme subregion, e.g. `central-asia`; its name is in the locale files. */
    subregion: z.string().regex(/^[a-z-]+$/),
    /** Set when an entry of Vietnam's own usage that a desk officer must still confirm applies. */
    review: z.literal(true).optional(),
  })
  .strict();
export type PartnerCountry = z.infer<typeof partnerCountrySchema>;

/** resources/countries/partner-countries.json, written by scripts/build-partner-countries.mjs. */
export const partnerCountriesFileSchema = z
  .object({
    /** Where the entries come from, for a reader of the file. */
    sources: z.array(z.string().min(1)),
    countries: z.array(partnerCountrySchema).min(1),
  })
  .strict()
  .superRefine((file, ctx) => {
    const seen = new Set<string>();
    file.countries.forEach((country, index) => {
      if (seen.has(country.code)) ctx.addIssue({ code: 'custom', path: ['countries', index, 'code'], message: `${country.code} appears twice` });
      seen.add(country.code);
    });
  });
export type PartnerCountriesFile = z.infer<typeof partnerCountriesFileSchema>;

/** resources/countries/vietnam-usage.json: the reviewed entries where Vietnam's usage differs, each with its reason. */
export const vietnamUsageFileSchema = z
  .object({
    about: z.string().min(1),
    overrides: z.array(
      z
        .object({
          code: countryCodeSchema,
          action: z.enum(['include', 'exclude', 'rename']),
          name: z.object({ vi: z.string().min(1), en: z.string().min(1) }).strict().optional(),
          officialName: z.object({ vi: z.string().min(1), en: z.string().min(1) }).strict().optional(),
          capital: z.object({ vi: z.string().min(1), en: z.string().min(1) }).strict().optional(),
          review: z.literal(true).optional(),
          reason: z.string().min(20, 'every entry says why, in a sentence'),
        })
        .strict(),
    ),
  })
  .strict();
export type VietnamUsageFile = z.infer<typeof vietnamUsageFileSchema>;
