import { mkdtemp, readFile, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { relationsRecordSchema } from '../../shared/records/record-schema';
import { openSearchIndexFile, replaceIndexedRecords, SEARCH_INDEX_FILE_NAME } from './search-index-file';

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

async function folder() {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'search-index-file-'));
  return { dataDir, file: path.join(dataDir, SEARCH_INDEX_FILE_NAME) };
}

function recordIds(db: ReturnType<typeof openSearchIndexFile>): string[] {
  return db.prepare<[], { id: string }>(`SELECT id FROM records_fts WHERE records_fts MATCH 'azerbaijan'`).all().map((row) => row.id);
}

describe('openSearchIndexFile', () => {
  it('builds the file once and reuses it while the dataset version is the same', async () => {
    const { dataDir, file } = await folder();
    openSearchIndexFile(dataDir, dataset, 'write').close();
    const built = (await stat(file)).mtimeMs;
    const db = openSearchIndexFile(dataDir, dataset, 'write');
    expect(recordIds(db)).toEqual(['az-relations-1992']);
    db.close();
    expect((await stat(file)).mtimeMs).toBe(built);
  });

  it('rebuilds the file for another dataset version', async () => {
    const { dataDir } = await folder();
    openSearchIndexFile(dataDir, dataset, 'write').close();
    const updated = { datasetVersion: '2026.12.1', records: [{ ...record, id: 'az-relations-new' }] };
    const db = openSearchIndexFile(dataDir, updated, 'write');
    expect(recordIds(db)).toEqual(['az-relations-new']);
    db.close();
  });

  it('rebuilds a damaged file', async () => {
    const { dataDir, file } = await folder();
    await writeFile(file, 'not a database');
    const db = openSearchIndexFile(dataDir, dataset, 'write');
    expect(recordIds(db)).toEqual(['az-relations-1992']);
    db.close();
  });

  it('rebuilds a file whose records were replaced at run time', async () => {
    const { dataDir } = await folder();
    const swapped = openSearchIndexFile(dataDir, dataset, 'write');
    replaceIndexedRecords(swapped, [{ ...record, id: 'az-relations-swapped' }]);
    swapped.close();
    const db = openSearchIndexFile(dataDir, dataset, 'write');
    expect(recordIds(db)).toEqual(['az-relations-1992']);
    db.close();
  });

  it('never writes the file for a reading command', async () => {
    const { dataDir, file } = await folder();
    const inMemory = openSearchIndexFile(dataDir, dataset, 'read');
    expect(recordIds(inMemory)).toEqual(['az-relations-1992']);
    inMemory.close();
    await expect(stat(file)).rejects.toThrow();

    openSearchIndexFile(dataDir, dataset, 'write').close();
    const before = await readFile(file);
    const copy = openSearchIndexFile(dataDir, dataset, 'read');
    replaceIndexedRecords(copy, []);
    copy.close();
    expect(await readFile(file)).toEqual(before);
  });
});
