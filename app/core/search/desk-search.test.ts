import { rm } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openDesk } from '../desk';
import { createHandlers } from '../handlers';
import { loadBundledDataset } from '../records/load-bundled-dataset';
import { makeTestFolders } from '../testing/test-dataset';
import { matchesAsWritten } from './function-word-query';
import { documentTexts, recordDocument } from './search-documents';
import { SEARCH_INDEX_FILE_NAME } from './search-index-file';

const dataset = await loadBundledDataset();
const { resourcesDir, dataDir } = await makeTestFolders(dataset);
const desk = await openDesk({ dataDir, resourcesDir, access: 'read' });
await desk.search.ready;
afterAll(() => desk.close());

describe('the desk search over the bundled records', () => {
  it.each([
    ['baku', 'AZ'],
    ['moscow', 'RU'],
    ['mat xco va', 'RU'],
    ['Mát-xcơ-va', 'RU'],
    ['azerbaijan', 'AZ'],
  ])('"%s" ranks the country itself first', (query, code) => {
    expect(desk.search.search(query)[0]).toMatchObject({ type: 'country', id: code, country: code });
  });

  it('puts the countries first and keeps the records after them, within the limit', () => {
    const hits = desk.search.search('azerbaijan', { limit: 5 });
    expect(hits).toHaveLength(5);
    expect(hits.map((hit) => hit.type)).toEqual(['country', 'record', 'record', 'record', 'record']);
  });

  it('finds no country when only records or notes are asked for', () => {
    expect(desk.search.search('moscow', { types: ['record'] }).every((hit) => hit.type === 'record')).toBe(true);
  });

  it('"va" alone returns no record merely for containing "và"', () => {
    const withAnd = dataset.records.filter((record) => documentTexts(recordDocument(record)).some((text) => text.includes(' và ')));
    expect(withAnd.length).toBeGreaterThan(10);
    const records = desk.search.search('va', { limit: 100 }).filter((hit) => hit.type === 'record');
    for (const hit of records) {
      const record = dataset.records.find((candidate) => candidate.id === hit.id);
      expect(record && matchesAsWritten(documentTexts(recordDocument(record)), ['va'], true)).toBe(true);
    }
  });
});

describe('the desk search while its index is built', () => {
  it('answers with the countries and notes at once, tells its progress, then finds every record', async () => {
    const folders = await makeTestFolders(dataset);
    const first = await openDesk({ dataDir: folders.dataDir, resourcesDir: folders.resourcesDir, access: 'write' });
    await first.notes.save({ id: 'note-0001-baku-oil', country: 'AZ', body: 'Dầu khí Baku', tags: [], pinned: false });
    await first.close();
    // As after a dataset update: the index file is not current.
    await rm(path.join(folders.dataDir, SEARCH_INDEX_FILE_NAME), { force: true });

    const opened = await openDesk({ dataDir: folders.dataDir, resourcesDir: folders.resourcesDir, access: 'write' });
    try {
      const status = createHandlers(opened).getStatus({});
      expect(opened.search.search('baku').map((hit) => hit.type)).toEqual(['country', 'note']);
      expect(opened.search.search('Aliyev', { types: ['record'] })).toEqual([]);
      expect((await status).searchIndex).toEqual({ state: 'building', done: 0, total: dataset.records.length });

      await opened.search.ready;
      expect(opened.search.state).toEqual({ state: 'ready' });
      expect(opened.search.search('Aliyev', { types: ['record'] }).length).toBeGreaterThan(0);
      expect(opened.search.search('baku', { types: ['note'] }).map((hit) => hit.id)).toEqual(['note-0001-baku-oil']);
    } finally {
      await opened.close();
    }
    const reopened = await openDesk({ dataDir: folders.dataDir, resourcesDir: folders.resourcesDir, access: 'write' });
    expect(reopened.search.state).toEqual({ state: 'ready' });
    await reopened.close();
  });
});
