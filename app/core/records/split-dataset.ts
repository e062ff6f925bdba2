import { DATASET_SCHEMA_VERSION, type Article, type CountryCode, type Dataset, type RelationsRecord } from '../../shared/records/record-schema';
import {
  REFERENCE_LAYER_VERSION,
  type CountryFile,
  type RecordCountriesFile,
  type ReferenceIndex,
  type UncitedArticlesFile,
} from './reference-layer-files';
import { recordsByCountry, summarizeCountry } from './records-service';
import { isArticleSource } from '../../shared/records/source-kinds';

/** A dataset as the files of the reference layer hold it. */
export interface SplitDataset {
  index: ReferenceIndex;
  countries: CountryFile[];
  uncitedArticles: UncitedArticlesFile;
  recordCountries: RecordCountriesFile;
}

/** Cuts a dataset into the reference layer's files: a country's file holds its records and every article they cite. */
export function splitDataset(dataset: Dataset): SplitDataset {
  const { datasetVersion } = dataset;
  const articles = new Map(dataset.articles.map((article) => [article.id, article]));
  const cited = new Set<string>();
  const inDatasetOrder = new Map<CountryCode, RelationsRecord[]>();
  for (const record of dataset.records) {
    const list = inDatasetOrder.get(record.country) ?? [];
    list.push(record);
    inDatasetOrder.set(record.country, list);
  }
  const inDateOrder = recordsByCountry(dataset.records);
  const countries = dataset.countries.map((country): CountryFile => {
    const records = inDatasetOrder.get(country.code) ?? [];
    const ids = new Set(records.flatMap((record) => record.sources.filter(isArticleSource).map((source) => source.article)));
    for (const id of ids) cited.add(id);
    const own = dataset.articles.filter((article) => ids.has(article.id) && articles.has(article.id));
    return { schemaVersion: REFERENCE_LAYER_VERSION, datasetVersion, country, records, articles: own };
  });
  const summaries = dataset.countries.map((country) => {
    const { recordCount, newestDate, framework } = summarizeCountry(country, inDateOrder.get(country.code) ?? []);
    return { country, recordCount, ...(newestDate !== undefined ? { newestDate } : {}), ...(framework ? { framework } : {}) };
  });
  const recordCountries: Record<string, CountryCode> = {};
  for (const record of dataset.records) recordCountries[record.id] = record.country;
  return {
    index: { schemaVersion: REFERENCE_LAYER_VERSION, datasetVersion, asOf: dataset.asOf, countries: summaries },
    countries,
    uncitedArticles: { schemaVersion: REFERENCE_LAYER_VERSION, articles: dataset.articles.filter((article) => !cited.has(article.id)) },
    recordCountries: { schemaVersion: REFERENCE_LAYER_VERSION, countries: recordCountries },
  };
}

/**
 * The dataset pack the files hold, put back together: the countries in the index's order, each country's
 * records in turn, every article once (those cited first, country by country, then those no record cites).
 */
export function mergeDataset(index: ReferenceIndex, countries: readonly CountryFile[], uncited: readonly Article[]): Dataset {
  const articles = new Map<string, Article>();
  for (const article of [...countries.flatMap((file) => file.articles), ...uncited]) if (!articles.has(article.id)) articles.set(article.id, article);
  return {
    schemaVersion: DATASET_SCHEMA_VERSION,
    datasetVersion: index.datasetVersion,
    asOf: index.asOf,
    articles: [...articles.values()],
    countries: index.countries.map((entry) => entry.country),
    records: countries.flatMap((file) => file.records),
  };
}
