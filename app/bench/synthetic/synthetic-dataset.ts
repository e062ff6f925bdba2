import { DATASET_SCHEMA_VERSION, type Article, type Country, type Dataset, type RelationsRecord } from '../../shared/records/record-schema';
import { createSeededRandom } from './seeded-random';
import { RECORDS_PER_ARTICLE, syntheticArticles } from './synthetic-articles';
import { syntheticCountries } from './synthetic-countries';
import { syntheticCountryRecords } from './synthetic-records';

export interface SyntheticDatasetSize {
  countries: number;
  recordsPerCountry: number;
}

/** One country's part of a synthetic dataset. */
export interface CountryPart {
  country: Country;
  articles: Article[];
  records: RelationsRecord[];
}

/** The date every synthetic dataset is current to. */
export const SYNTHETIC_AS_OF = '2025-06-30';

/**
 * A dataset version no real dataset reaches, so the app never replaces the synthetic records with
 * its bundled ones when the folder is opened with `serve --data`.
 */
export function syntheticDatasetVersion(size: SyntheticDatasetSize): string {
  return `9999.${size.countries}.${size.recordsPerCountry}`;
}

/** The dataset country by country, so that a large one can be written without holding it all. */
export function* syntheticCountryParts(size: SyntheticDatasetSize, seed: number): Generator<CountryPart> {
  const random = createSeededRandom(seed);
  for (const country of syntheticCountries(random, size.countries)) {
    const articles = syntheticArticles(random, country, Math.ceil(size.recordsPerCountry / RECORDS_PER_ARTICLE));
    const records = syntheticCountryRecords(random, country, size.recordsPerCountry, articles.map((article) => article.id));
    yield { country, articles, records };
  }
}

/** A whole synthetic dataset in memory (for tests and small sizes). */
export function syntheticDataset(size: SyntheticDatasetSize, seed: number): Dataset {
  const dataset: Dataset = {
    schemaVersion: DATASET_SCHEMA_VERSION,
    datasetVersion: syntheticDatasetVersion(size),
    asOf: SYNTHETIC_AS_OF,
    articles: [],
    countries: [],
    records: [],
  };
  for (const part of syntheticCountryParts(size, seed)) {
    dataset.countries.push(part.country);
    dataset.articles.push(...part.articles);
    dataset.records.push(...part.records);
  }
  return dataset;
}
