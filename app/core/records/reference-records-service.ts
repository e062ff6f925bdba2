import path from 'node:path';
import type { StoreNotice } from '../../shared/store/store-notice';
import { DATASET_SCHEMA_VERSION, type Article, type CountryCode, type RelationsRecord } from '../../shared/records/record-schema';
import { openDataFile } from '../store/data-file';
import { readJsonObject } from '../store/read-json-object';
import {
  countryFileName,
  countryFileSchema,
  RECORD_COUNTRIES_FILE_NAME,
  recordCountriesFileSchema,
  REFERENCE_DIR,
  REFERENCE_LAYER_VERSION,
  UNCITED_ARTICLES_FILE_NAME,
  uncitedArticlesFileSchema,
  type CountryFile,
  type ReferenceIndex,
} from './reference-layer-files';
import { articlesCitedBy, recordsByCountry, type RecordsService } from './records-service';
import { mergeDataset } from './split-dataset';

/** How many countries' records stay in memory once read (a country page, a brief); the least recently used go. */
export const COUNTRIES_KEPT = 12;

interface LoadedCountry {
  file: CountryFile;
  inDateOrder: RelationsRecord[];
  byId: Map<string, RelationsRecord>;
}

export interface ReferenceRecordsOptions {
  dataDir: string;
  readOnly: boolean;
  /** Told when a country file had to be recovered (damaged, from a newer app). */
  onNotice: (notice: StoreNotice) => void;
}

/**
 * The records service over the reference layer's files: the countries come from the index; a country's
 * file is read when its records are first asked for, and the last `COUNTRIES_KEPT` read stay in memory.
 * Going through every record (search indexing, export) reads the files one after another and keeps none.
 */
export function createReferenceRecordsService(index: ReferenceIndex, options: ReferenceRecordsOptions): RecordsService {
  const countries = new Map(index.countries.map((entry) => [entry.country.code, entry]));
  const kept = new Map<CountryCode, Promise<LoadedCountry>>();
  let recordCountries: Promise<Record<string, CountryCode>> | undefined;
  const file = (name: string) => path.join(REFERENCE_DIR, name);

  const readCountry = async (code: CountryCode): Promise<LoadedCountry> => {
    const entry = countries.get(code)!;
    const opened = await openDataFile<CountryFile>({
      dataDir: options.dataDir,
      name: file(countryFileName(code)),
      schema: countryFileSchema,
      version: REFERENCE_LAYER_VERSION,
      createDefault: () => ({ schemaVersion: REFERENCE_LAYER_VERSION, datasetVersion: index.datasetVersion, country: entry.country, records: [], articles: [] }),
      readOnly: options.readOnly,
      debounceMs: 0,
    });
    for (const notice of opened.notices) options.onNotice(notice);
    const data = opened.data;
    return { file: data, inDateOrder: recordsByCountry(data.records).get(code) ?? [], byId: new Map(data.records.map((r) => [r.id, r])) };
  };

  /** A country's records, kept among the recently used; undefined for a country the layer has no file for. */
  const loadCountry = (code: CountryCode): Promise<LoadedCountry> | undefined => {
    if (!countries.has(code)) return undefined;
    let loading = kept.get(code);
    if (loading) kept.delete(code);
    else loading = readCountry(code);
    kept.set(code, loading);
    loading.catch(() => kept.delete(code));
    for (const oldest of [...kept.keys()].slice(0, Math.max(0, kept.size - COUNTRIES_KEPT))) kept.delete(oldest);
    return loading;
  };

  /** A country's file without keeping it (unless it already is). */
  const peekCountry = (code: CountryCode) => kept.get(code) ?? readCountry(code);

  const locate = async (id: string): Promise<CountryCode | undefined> => {
    recordCountries ??= readJsonObject(path.join(options.dataDir, file(RECORD_COUNTRIES_FILE_NAME))).then((parsed) => {
      const result = parsed?.ok ? recordCountriesFileSchema.safeParse(parsed.value) : undefined;
      return result?.success ? result.data.countries : {};
    });
    return (await recordCountries)[id];
  };

  const uncitedArticles = async (): Promise<Article[]> => {
    const parsed = await readJsonObject(path.join(options.dataDir, file(UNCITED_ARTICLES_FILE_NAME)));
    const result = parsed?.ok ? uncitedArticlesFileSchema.safeParse(parsed.value) : undefined;
    return result?.success ? result.data.articles : [];
  };

  return {
    datasetInfo: () => ({ schemaVersion: DATASET_SCHEMA_VERSION, datasetVersion: index.datasetVersion, asOf: index.asOf }),
    listCountries: () =>
      index.countries.map((entry) => ({ country: entry.country, recordCount: entry.recordCount, newestDate: entry.newestDate, framework: entry.framework })),
    findCountry: (code) => countries.get(code)?.country,
    async listCountryRecords(code, kinds) {
      const records = (await loadCountry(code))?.inDateOrder ?? [];
      return kinds ? records.filter((r) => kinds.includes(r.kind)) : [...records];
    },
    async findRecord(id, country) {
      const code = country ?? (await locate(id));
      return code === undefined ? undefined : (await loadCountry(code))?.byId.get(id);
    },
    async citedArticles(records) {
      const codes = [...new Set(records.map((record) => record.country))];
      const loaded = await Promise.all(codes.map((code) => loadCountry(code)));
      return articlesCitedBy(records, loaded.flatMap((country) => country?.file.articles ?? []));
    },
    async *listAllRecords() {
      for (const code of countries.keys()) yield* (await peekCountry(code)).file.records;
    },
    async readDataset() {
      const files: CountryFile[] = [];
      for (const code of countries.keys()) files.push((await peekCountry(code)).file);
      return mergeDataset(index, files, await uncitedArticles());
    },
  };
}
