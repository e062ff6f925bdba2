import { mkdir, open } from 'node:fs/promises';
import path from 'node:path';
import { DATASET_SCHEMA_VERSION, type Article, type Country, type CountryCode } from '../../shared/records/record-schema';
import { SYNTHETIC_AS_OF, syntheticCountryParts, syntheticDatasetVersion, type SyntheticDatasetSize } from './synthetic-dataset';

/** What a written dataset holds: enough to attach notes to its countries and records. */
export interface WrittenDataset {
  bytes: number;
  countries: Country[];
  /** Record ids by country. */
  recordIds: Map<CountryCode, string[]>;
}

/**
 * Writes a synthetic dataset as one JSON file (what `records.json` and the bundled `dataset.json` hold),
 * country by country: the records stream out, the articles and countries follow.
 */
export async function writeSyntheticDatasetFile(file: string, size: SyntheticDatasetSize, seed: number): Promise<WrittenDataset> {
  await mkdir(path.dirname(file), { recursive: true });
  const handle = await open(file, 'w');
  const countries: Country[] = [];
  const articles: Article[] = [];
  const recordIds = new Map<CountryCode, string[]>();
  let bytes = 0;
  const write = async (text: string) => {
    bytes += (await handle.write(text)).bytesWritten;
  };
  try {
    const head = { schemaVersion: DATASET_SCHEMA_VERSION, datasetVersion: syntheticDatasetVersion(size), asOf: SYNTHETIC_AS_OF };
    await write(`${JSON.stringify(head).slice(0, -1)},"records":[`);
    let first = true;
    for (const part of syntheticCountryParts(size, seed)) {
      await write(`${first ? '' : ','}${part.records.map((record) => JSON.stringify(record)).join(',')}`);
      first = false;
      countries.push(part.country);
      articles.push(...part.articles);
      recordIds.set(part.country.code, part.records.map((record) => record.id));
    }
    await write(`],"articles":${JSON.stringify(articles)},"countries":${JSON.stringify(countries)}}\n`);
  } finally {
    await handle.close();
  }
  return { bytes, countries, recordIds };
}
