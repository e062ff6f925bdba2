import { readdir } from 'node:fs/promises';
import path from 'node:path';
import type { z } from 'zod';
import { AppError } from '../../shared/app-error';
import type { Article, CountryCode } from '../../shared/records/record-schema';
import type { RecordUpdate } from '../../shared/records/record-layers';
import type { StoreNotice } from '../../shared/store/store-notice';
import { openDataFile, type DataFile } from '../store/data-file';
import {
  OFFICER_FILES_VERSION,
  officerArticlesFileSchema,
  officerCountryFileSchema,
  updatesFileSchema,
  type OfficerEntry,
} from './officer-files-schema';

/** Where the officer's layer lives in a data folder. */
export const OFFICER_FOLDER = path.join('records', 'mine');
const COUNTRY_FILE = /^([A-Z]{2})\.json$/;

/** The officer's layer on disk: one file per country, the articles, the Updates list. Every put is on disk when it settles. */
export interface OfficerLayerFiles {
  readonly readOnly: boolean;
  readonly notices: readonly StoreNotice[];
  entry(id: string): OfficerEntry | undefined;
  entries(): OfficerEntry[];
  /** Saves one entry: its country's file is rewritten (and the old country's, when the record moved). */
  putEntry(entry: OfficerEntry): Promise<void>;
  articles(): Article[];
  /** Keeps the articles not held yet (by id). */
  addArticles(articles: readonly Article[]): Promise<void>;
  updates(): RecordUpdate[];
  /** Files an update (replacing one of the same id) and removes those of `removed`. */
  putUpdates(put: readonly RecordUpdate[], removed?: readonly string[]): Promise<void>;
}

/** A data file opened at its first write: an officer who never edits gets no files. */
interface LazyFile<T extends { schemaVersion: number }> {
  readonly data: T;
  change(change: (data: T) => void): Promise<void>;
}

async function lazyFile<T extends { schemaVersion: number }>(
  dataDir: string,
  name: string,
  schema: z.ZodType<T>,
  empty: () => T,
  present: boolean,
  readOnly: boolean,
  notices: StoreNotice[],
): Promise<LazyFile<T>> {
  const open = () => openDataFile({ dataDir, name, schema, version: OFFICER_FILES_VERSION, createDefault: empty, readOnly, debounceMs: 0 });
  let file: DataFile<T> | undefined;
  if (present) {
    file = await open();
    notices.push(...file.notices);
  }
  let data = file?.data ?? empty();
  return {
    get data() {
      return file?.data ?? data;
    },
    async change(change) {
      if (readOnly) throw new AppError('data-folder-read-only', { file: name });
      file ??= await open();
      if (file.readOnly) throw new AppError('file-newer-than-app', { file: name });
      file.update(change);
      await file.flush();
      data = file.data;
    },
  };
}

async function namesIn(folder: string): Promise<string[]> {
  return readdir(folder).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return [];
    throw new AppError('data-folder-unreadable', { path: folder, detail: error.message }, { cause: error });
  });
}

export async function openOfficerLayerFiles(dataDir: string, readOnly: boolean): Promise<OfficerLayerFiles> {
  const notices: StoreNotice[] = [];
  const names = new Set(await namesIn(path.join(dataDir, OFFICER_FOLDER)));
  const open = <T extends { schemaVersion: number }>(file: string, schema: z.ZodType<T>, empty: () => T) =>
    lazyFile(dataDir, path.join(OFFICER_FOLDER, file), schema, empty, names.has(file), readOnly, notices);
  const emptyCountry = () => ({ schemaVersion: OFFICER_FILES_VERSION, entries: [] as OfficerEntry[] });

  const countries = new Map<CountryCode, LazyFile<z.infer<typeof officerCountryFileSchema>>>();
  const codes = [...names].flatMap((name) => COUNTRY_FILE.exec(name)?.[1] ?? []);
  for (const code of codes) countries.set(code, await open(`${code}.json`, officerCountryFileSchema, emptyCountry));
  const articles = await open('articles.json', officerArticlesFileSchema, () => ({ schemaVersion: OFFICER_FILES_VERSION, articles: [] }));
  const updates = await open('updates.json', updatesFileSchema, () => ({ schemaVersion: OFFICER_FILES_VERSION, updates: [] }));

  const byId = new Map<string, OfficerEntry>();
  for (const file of countries.values()) for (const entry of file.data.entries) byId.set(entry.id, entry);
  const countryFile = async (code: CountryCode) => {
    let file = countries.get(code);
    if (!file) {
      file = await open(`${code}.json`, officerCountryFileSchema, emptyCountry);
      countries.set(code, file);
    }
    return file;
  };

  return {
    readOnly,
    notices,
    entry: (id) => byId.get(id),
    entries: () => [...byId.values()],
    async putEntry(entry) {
      const previous = byId.get(entry.id);
      if (previous && previous.country !== entry.country) {
        await (await countryFile(previous.country)).change((data) => {
          data.entries = data.entries.filter((e) => e.id !== entry.id);
        });
      }
      await (await countryFile(entry.country)).change((data) => {
        const at = data.entries.findIndex((e) => e.id === entry.id);
        if (at === -1) data.entries.push(entry);
        else data.entries[at] = entry;
      });
      byId.set(entry.id, entry);
    },
    articles: () => articles.data.articles,
    async addArticles(added) {
      const held = new Set(articles.data.articles.map((article) => article.id));
      const fresh = added.filter((article) => !held.has(article.id));
      if (fresh.length > 0) await articles.change((data) => data.articles.push(...fresh));
    },
    updates: () => updates.data.updates,
    async putUpdates(put, removed = []) {
      if (put.length === 0 && !updates.data.updates.some((u) => removed.includes(u.id))) return;
      const replaced = new Set([...put.map((u) => u.id), ...removed]);
      await updates.change((data) => {
        data.updates = [...data.updates.filter((u) => !replaced.has(u.id)), ...put];
      });
    },
  };
}
