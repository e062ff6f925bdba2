import { mkdtemp, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { relationsRecordSchema } from '../../shared/records/record-schema';
import type Database from 'better-sqlite3';
import { buildSearchIndex } from './build-search-index';
import { openCurrentSearchIndexFile, replaceIndexedRecords, SEARCH_INDEX_FILE_NAME, type IndexedDataset } from './search-index-file';

const record = relationsRecordSchema.parse({
  id: 'az-relations-1992',
  kind: 'relations',
  country: 'AZ',
  date: '1992-09-23',
  title: { vi: 'Thiết lập quan hệ ngoại giao', en: 'Diplomatic relations established', translation: 'ours' },
  summary: { vi: 'Việt Nam và Azerbaijan.', en: 'Viet Nam and Azerbaijan.', translation: 'ours' },
  sources: [{ article: 'test-article', passage: 'Câu trích dẫn.', confidence: 'high' }],
});
const dataset = { datasetVersion: '2026.11.1', records: [record] };

async function* each<T>(items: readonly T[]): AsyncIterable<T> {
  yield* items;
}

/** Opens the index as a desk does: the file if current, else built (and with write access renamed into place). */
async function openIndex(dataDir: string, indexed: IndexedDataset, access: 'read' | 'write') {
  const meta = { datasetVersion: indexed.datasetVersion, recordCount: indexed.records.length };
  const current = openCurrentSearchIndexFile(dataDir, meta, access);
  if (current) return current;
  const built = await buildSearchIndex(dataDir, access, { records: each(indexed.records), indexed: meta, onProgress: () => undefined, stopped: () => false });
  return built!;
}

async function folder() {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'search-index-file-'));
  return { dataDir, file: path.join(dataDir, SEARCH_INDEX_FILE_NAME) };
}

function recordIds(db: Database.Database): string[] {
  return db.prepare<[], { id: string }>(`SELECT id FROM records_fts WHERE records_fts MATCH 'azerbaijan'`).all().map((row) => row.id);
}

describe('the search index file', () => {
  it('is built once and reused while the dataset version is the same', async () => {
    const { dataDir, file } = await folder();
    (await openIndex(dataDir, dataset, 'write')).close();
    const built = (await stat(file)).mtimeMs;
    const db = await openIndex(dataDir, dataset, 'write');
    expect(recordIds(db)).toEqual(['az-relations-1992']);
    db.close();
    expect((await stat(file)).mtimeMs).toBe(built);
  });

  it('is rebuilt for another dataset version', async () => {
    const { dataDir } = await folder();
    (await openIndex(dataDir, dataset, 'write')).close();
    const updated = { datasetVersion: '2026.12.1', records: [{ ...record, id: 'az-relations-new' }] };
    expect(openCurrentSearchIndexFile(dataDir, { datasetVersion: '2026.12.1', recordCount: 1 }, 'write')).toBeUndefined();
    const db = await openIndex(dataDir, updated, 'write');
    expect(recordIds(db)).toEqual(['az-relations-new']);
    db.close();
  });

  it('is rebuilt when damaged', async () => {
    const { dataDir, file } = await folder();
    await writeFile(file, 'not a database');
    const db = await openIndex(dataDir, dataset, 'write');
    expect(recordIds(db)).toEqual(['az-relations-1992']);
    db.close();
  });

  it('is rebuilt when its records were replaced at run time', async () => {
    const { dataDir } = await folder();
    const swapped = await openIndex(dataDir, dataset, 'write');
    replaceIndexedRecords(swapped, [{ ...record, id: 'az-relations-swapped' }]);
    swapped.close();
    const db = await openIndex(dataDir, dataset, 'write');
    expect(recordIds(db)).toEqual(['az-relations-1992']);
    db.close();
  });

  it('a build that is stopped leaves no file behind', async () => {
    const { dataDir } = await folder();
    const many = Array.from({ length: 2_500 }, (_, n) => ({ ...record, id: `az-relations-${n}` }));
    const meta = { datasetVersion: dataset.datasetVersion, recordCount: many.length };
    const progress: number[] = [];
    const built = await buildSearchIndex(dataDir, 'write', { records: each(many), indexed: meta, onProgress: (done) => progress.push(done), stopped: () => progress.length > 1 });
    expect(built).toBeUndefined();
    expect(progress).toEqual([500, 1_000]);
    expect(await readdir(dataDir)).toEqual([]);
  });

  it('is never written by a reading command', async () => {
    const { dataDir, file } = await folder();
    const inMemory = await openIndex(dataDir, dataset, 'read');
    expect(recordIds(inMemory)).toEqual(['az-relations-1992']);
    inMemory.close();
    await expect(stat(file)).rejects.toThrow();

    (await openIndex(dataDir, dataset, 'write')).close();
    const before = await readFile(file);
    const copy = await openIndex(dataDir, dataset, 'read');
    replaceIndexedRecords(copy, []);
    copy.close();
    expect(await readFile(file)).toEqual(before);
  });
});
