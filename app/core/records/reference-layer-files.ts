import path from 'node:path';
import { z } from 'zod';
import { bilingualTextSchema } from '../../shared/records/bilingual-text';
import { partialDateSchema } from '../../shared/records/partial-date';
import {
  articleSchema,
  countryCodeSchema,
  countrySchema,
  datasetVersionSchema,
  type Article,
  type Country,
  type CountryCode,
  type RelationsRecord,
} from '../../shared/records/record-schema';
import { isObject, isRecordShaped } from './dataset-structure';

/**
 * The reference layer on disk, under `records/reference/` of the data folder: `index.json` (the dataset's
 * identity and every country with its summary: what opening a folder reads), one file per country under
 * `countries/` (its records, and the articles they cite), `articles.json` (articles no record cites) and
 * `record-countries.json` (which country each record id is in, read only to find a record by id alone).
 */
export const REFERENCE_DIR = path.join('records', 'reference');
export const REFERENCE_INDEX_FILE = path.join(REFERENCE_DIR, 'index.json');

/** Version 1 was the one `records.json` of the whole dataset; 2 is the layer split per country. */
export const REFERENCE_LAYER_VERSION = 2;

export const countryFileName = (code: CountryCode) => path.join('countries', `${code}.json`);
export const UNCITED_ARTICLES_FILE_NAME = 'articles.json';
export const RECORD_COUNTRIES_FILE_NAME = 'record-countries.json';

export const countrySummaryEntrySchema = z.object({
  country: countrySchema,
  recordCount: z.number().int().nonnegative(),
  newestDate: partialDateSchema.optional(),
  framework: z.object({ name: bilingualTextSchema, since: partialDateSchema }).optional(),
});

export const referenceIndexSchema = z.object({
  schemaVersion: z.number().int(),
  datasetVersion: datasetVersionSchema,
  asOf: partialDateSchema,
  countries: z.array(countrySummaryEntrySchema),
});
export type ReferenceIndex = z.infer<typeof referenceIndexSchema>;

export interface CountryFile {
  schemaVersion: number;
  datasetVersion: string;
  country: Country;
  /** In the dataset's order. */
  records: RelationsRecord[];
  /** The articles the records cite, in the dataset's order. */
  articles: Article[];
}

/**
 * The check a country file gets when it is read: its identity and the structure of its records, not every
 * field again (it is only written from a dataset validated in full, see `datasetStructureSchema`).
 */
export const countryFileSchema = z.custom<CountryFile>(
  (value) =>
    isObject(value) &&
    typeof value.schemaVersion === 'number' &&
    datasetVersionSchema.safeParse(value.datasetVersion).success &&
    countrySchema.safeParse(value.country).success &&
    Array.isArray(value.records) &&
    value.records.every(isRecordShaped) &&
    Array.isArray(value.articles) &&
    value.articles.every((article) => isObject(article) && typeof article.id === 'string'),
  { message: 'not the structure of a country file' },
);

export const uncitedArticlesFileSchema = z.object({ schemaVersion: z.number().int(), articles: z.array(articleSchema) });
export type UncitedArticlesFile = z.infer<typeof uncitedArticlesFileSchema>;

export const recordCountriesFileSchema = z.object({ schemaVersion: z.number().int(), countries: z.record(z.string(), countryCodeSchema) });
export type RecordCountriesFile = z.infer<typeof recordCountriesFileSchema>;
