import { z } from 'zod';
import { bilingualTextSchema } from './bilingual-text';
import { datasetReferenceIssues } from './dataset-references';
import { moneySchema } from './money-schema';
import { partialDateSchema } from './partial-date';
import { sourceSchema } from './source-schema';

/** ISO 3166-1 alpha-2 country code, upper case. */
export const countryCodeSchema = z.string().regex(/^[A-Z]{2}$/, 'expected an ISO 3166-1 alpha-2 code such as AZ');
export type CountryCode = z.infer<typeof countryCodeSchema>;

export const articleSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  publisher: z.string().min(1),
  title: z.string().min(1),
  /** Publication date, with its precision. */
  date: partialDateSchema.optional(),
  author: z.string().min(1).optional(),
  url: z.url().optional(),
  /**
   * The seed file the article was taken from, e.g. `000_238f97b1b30cd313.txt`; absent for an article the officer
   * cites by hand (publisher, title, date, address) without a saved copy of it.
   */
  file: z.string().min(1).optional(),
  /** A note on the article's quality, e.g. a poor machine translation. */
  quality: bilingualTextSchema.optional(),
  /** The title in both languages where the verbatim `title` is wrong or garbled (`quality` says why). */
  displayTitle: bilingualTextSchema.optional(),
});
export type Article = z.infer<typeof articleSchema>;

export const personSchema = z.object({
  name: bilingualTextSchema,
  /** Title at the time of the record, e.g. General Secretary, Prime Minister. */
  title: bilingualTextSchema,
  /** ISO code of the country the person represents. */
  country: countryCodeSchema,
});
export type Person = z.infer<typeof personSchema>;

/** Whether an event took place: `planned` (upcoming or expected when the source was written) or `unknown`. */
export const recordStatusSchema = z.enum(['held', 'planned', 'unknown']);
export type RecordStatus = z.infer<typeof recordStatusSchema>;

const recordBase = {
  /** Stable id, e.g. `az-relations-1992`. */
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'ids are lower-case letters, digits and hyphens'),
  country: countryCodeSchema,
  /** When it happened (or the start), with its precision. */
  date: partialDateSchema.optional(),
  /** Last day of a span (a visit of several days, a term). */
  dateEnd: partialDateSchema.optional(),
  /** Absent means `held`; a brief never presents a `planned` event as held. */
  status: recordStatusSchema.optional(),
  title: bilingualTextSchema,
  summary: bilingualTextSchema,
  sources: z.array(sourceSchema, { error: 'record has no source' }).min(1, 'record has no source'),
  /** Ids of related records (a visit's agreements, a session's mechanism). */
  related: z.array(z.string()).optional(),
};

export const recordKinds = [
  'relations',
  'framework',
  'milestone',
  'visit',
  'agreement',
  'mechanism',
  'trade',
  'investment',
  'people',
  'multilateral',
  'cooperation',
] as const;
export const recordKindSchema = z.enum(recordKinds);
export type RecordKind = z.infer<typeof recordKindSchema>;

/** Diplomatic relations established. */
const relationsRecord = z.object({ ...recordBase, kind: z.literal('relations'), date: partialDateSchema });

/** A partnership framework (e.g. Strategic Partnership) and since when. */
const frameworkRecord = z.object({
  ...recordBase,
  kind: z.literal('framework'),
  date: partialDateSchema,
  framework: bilingualTextSchema,
});

/** A dated event in the relationship that is not a visit or an agreement. */
const milestoneRecord = z.object({ ...recordBase, kind: z.literal('milestone') });

export const visitDirectionSchema = z.enum(['to-vietnam', 'from-vietnam', 'elsewhere']);
export const visitLevelSchema = z.enum(['state', 'official', 'working', 'other']);

const visitRecord = z.object({
  ...recordBase,
  kind: z.literal('visit'),
  date: partialDateSchema,
  direction: visitDirectionSchema,
  level: visitLevelSchema,
  principal: personSchema,
  counterparts: z.array(personSchema),
});

const agreementRecord = z.object({
  ...recordBase,
  kind: z.literal('agreement'),
  /** The parties as the article names them (states, governments, ministries, companies). */
  parties: bilingualTextSchema,
  /** State, government, ministry, agency, enterprise… */
  level: z.enum(['state', 'government', 'ministry', 'agency', 'enterprise', 'other']),
});

/** A cooperation mechanism (e.g. an intergovernmental committee) or one of its sessions. */
const mechanismRecord = z.object({
  ...recordBase,
  kind: z.literal('mechanism'),
  mechanism: bilingualTextSchema,
  session: z.number().int().positive().optional(),
});


/** A trade figure for a year (or a period of a year). */
const tradeRecord = z.object({
  ...recordBase,
  kind: z.literal('trade'),
  year: z.number().int().min(1900).max(2100),
  /** Whose flow: two-way turnover, Vietnam's exports or Vietnam's imports. */
  flow: z.enum(['turnover', 'vn-exports', 'vn-imports']),
  amount: moneySchema,
  /** When the figure covers only part of the year, e.g. `first 2 months`. */
  period: bilingualTextSchema.optional(),
});

const investmentRecord = z.object({
  ...recordBase,
  kind: z.literal('investment'),
  direction: z.enum(['into-vietnam', 'from-vietnam']),
  projects: z.number().int().nonnegative().optional(),
  capital: moneySchema.optional(),
  /** Rank among investors, e.g. 72 of 148. */
  rank: z.number().int().positive().optional(),
  rankOutOf: z.number().int().positive().optional(),
});

const peopleRecord = z.object({
  ...recordBase,
  kind: z.literal('people'),
  topic: z.enum(['community', 'visa', 'education', 'culture', 'tourism', 'friendship', 'other']),
  count: z.number().int().nonnegative().optional(),
});

const multilateralRecord = z.object({
  ...recordBase,
  kind: z.literal('multilateral'),
  forum: bilingualTextSchema,
  /** Who supported whom: Vietnam the partner, the partner Vietnam, or both each other. */
  support: z.enum(['vietnam-supports-partner', 'partner-supports-vietnam', 'mutual']),
  term: z.string().optional(),
});

const cooperationRecord = z.object({
  ...recordBase,
  kind: z.literal('cooperation'),
  area: bilingualTextSchema,
});

export const relationsRecordSchema = z.discriminatedUnion('kind', [
  relationsRecord,
  frameworkRecord,
  milestoneRecord,
  visitRecord,
  agreementRecord,
  mechanismRecord,
  tradeRecord,
  investmentRecord,
  peopleRecord,
  multilateralRecord,
  cooperationRecord,
]);
export type RelationsRecord = z.infer<typeof relationsRecordSchema>;
export type RecordOfKind<K extends RecordKind> = Extract<RelationsRecord, { kind: K }>;

export const countrySchema = z.object({
  code: countryCodeSchema,
  name: bilingualTextSchema,
  officialName: bilingualTextSchema.optional(),
  capital: bilingualTextSchema.optional(),
});
export type Country = z.infer<typeof countrySchema>;

export const DATASET_SCHEMA_VERSION = 1;

/** A dataset content version: numbers and dots (it becomes part of backup file names). */
export const datasetVersionSchema = z.string().regex(/^\d{1,9}(?:\.\d{1,9}){0,3}$/, 'expected a version of numbers and dots, such as 2026.12.1');

/**
 * A reference dataset: the bundled one, an imported pack, records.json. The cross-references (unique ids,
 * known countries, cited articles present) are checked even when fields are invalid, so every problem is told.
 */
export const datasetSchema = z
  .object(
    {
      schemaVersion: z.number().int().positive(),
      /** Version of the content, e.g. `2026.12.1`; a newer one replaces the records on upgrade. */
      datasetVersion: datasetVersionSchema,
      /** The date the data is current to. */
      asOf: partialDateSchema,
      articles: z.array(articleSchema),
      countries: z.array(countrySchema).min(1, 'a dataset needs at least one country'),
      records: z.array(relationsRecordSchema).min(1, 'a dataset needs at least one record'),
    },
    { error: 'expected a JSON object' },
  )
  .superRefine(
    (dataset, ctx) => {
      for (const issue of datasetReferenceIssues(dataset)) ctx.addIssue({ code: 'custom', ...issue });
    },
    { when: () => true },
  );
export type Dataset = z.infer<typeof datasetSchema>;
