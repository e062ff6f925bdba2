import { comparePartialDates } from '../../shared/records/compare-partial-dates';
import type { CountrySummary } from '../../shared/records/country-summary';
import { isArticleSource } from '../../shared/records/source-kinds';
import type { Article, Country, CountryCode, Dataset, RecordKind, RelationsRecord } from '../../shared/records/record-schema';

/** What identifies the reference records a desk holds: the pack's format, version and date. */
export type DatasetInfo = Pick<Dataset, 'schemaVersion' | 'datasetVersion' | 'asOf'>;

/**
 * Read access to the reference records: what every screen, the CLI and the briefs ask of them. The
 * countries and their summaries are at hand at once; a country's records are read when first asked for,
 * so that opening a desk never reads every record.
 */
export interface RecordsService {
  datasetInfo(): DatasetInfo;
  listCountries(): CountrySummary[];
  findCountry(code: CountryCode): Country | undefined;
  /** A country's records, in date order (undated last), optionally of some kinds only. */
  listCountryRecords(code: CountryCode, kinds?: readonly RecordKind[]): Promise<RelationsRecord[]>;
  /** The record with `id`; `country`, when known, spares looking up where it lives. */
  findRecord(id: string, country?: CountryCode): Promise<RelationsRecord | undefined>;
  /** The articles `records` cite, each once, in the order the dataset lists them. */
  citedArticles(records: readonly RelationsRecord[]): Promise<Article[]>;
  /** Every record, country after country, without keeping them all in memory (search indexing, export). */
  listAllRecords(): AsyncIterable<RelationsRecord>;
  /** The whole reference layer as one dataset pack (export, `check`): costs as much as the records are big. */
  readDataset(): Promise<Dataset>;
}

/** Each country's records in date order (undated last), in the order the countries come. */
export function recordsByCountry(records: readonly RelationsRecord[]): Map<CountryCode, RelationsRecord[]> {
  const byCountry = new Map<CountryCode, RelationsRecord[]>();
  for (const record of records) {
    const list = byCountry.get(record.country) ?? [];
    list.push(record);
    byCountry.set(record.country, list);
  }
  for (const list of byCountry.values()) list.sort((a, b) => comparePartialDates(a.date, b.date));
  return byCountry;
}

/** A country's summary on the start screen, from its records in date order. */
export function summarizeCountry(country: Country, recordsInDateOrder: readonly RelationsRecord[]): CountrySummary {
  const dated = recordsInDateOrder.filter((r) => r.date !== undefined);
  const framework = recordsInDateOrder.findLast((r) => r.kind === 'framework');
  return {
    country,
    recordCount: recordsInDateOrder.length,
    newestDate: dated.at(-1)?.date,
    framework: framework && { name: framework.framework, since: framework.date },
  };
}

/** The articles of `articles` that `records` cite, each once, in the order `articles` lists them. */
export function articlesCitedBy(records: readonly RelationsRecord[], articles: Iterable<Article>): Article[] {
  const cited = new Set(records.flatMap((record) => record.sources.filter(isArticleSource).map((source) => source.article)));
  const found = new Map<string, Article>();
  for (const article of articles) if (cited.has(article.id) && !found.has(article.id)) found.set(article.id, article);
  return [...found.values()];
}

/** The records service over a dataset held in memory (a pack being imported, tests). */
export function createRecordsService(dataset: Dataset): RecordsService {
  const byCountry = recordsByCountry(dataset.records);
  const byId = new Map(dataset.records.map((record) => [record.id, record]));
  const countries = new Map(dataset.countries.map((c) => [c.code, c]));

  return {
    datasetInfo: () => ({ schemaVersion: dataset.schemaVersion, datasetVersion: dataset.datasetVersion, asOf: dataset.asOf }),
    listCountries: () => dataset.countries.map((country) => summarizeCountry(country, byCountry.get(country.code) ?? [])),
    findCountry: (code) => countries.get(code),
    async listCountryRecords(code, kinds) {
      const records = byCountry.get(code) ?? [];
      return kinds ? records.filter((r) => kinds.includes(r.kind)) : [...records];
    },
    findRecord: async (id) => byId.get(id),
    citedArticles: async (records) => articlesCitedBy(records, dataset.articles),
    async *listAllRecords() {
      yield* dataset.records;
    },
    readDataset: async () => dataset,
  };
}
