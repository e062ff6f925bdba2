import { afterAll, describe, expect, it } from 'vitest';
import { openDesk } from '../desk';
import { loadBundledDataset } from '../records/load-bundled-dataset';
import { makeTestFolders } from '../testing/test-dataset';
import { matchesAsWritten } from './function-word-query';
import { documentTexts, recordDocument } from './search-documents';

const dataset = await loadBundledDataset();
const { resourcesDir, dataDir } = await makeTestFolders(dataset);
const desk = await openDesk({ dataDir, resourcesDir, access: 'read' });
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
