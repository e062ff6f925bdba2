import { describe, expect, it } from 'vitest';
import { syntheticDataset } from '../../bench/synthetic/synthetic-dataset';
import { createSearchIndex } from './search-index';

const dataset = syntheticDataset({ countries: 2, recordsPerCountry: 100 }, 3);

describe('the search index after it opens', () => {
  it('builds the fuzzy vocabulary in the background, and then finds a name spelt another way', async () => {
    const index = createSearchIndex({ records: dataset.records, notes: [] });
    try {
      await index.warm;
      const exact = index.search('aliyev ', { types: ['record'] });
      expect(exact.length).toBeGreaterThan(0);
      expect(index.search('aliev ', { types: ['record'] }).map((hit) => hit.id)).toEqual(exact.map((hit) => hit.id));
    } finally {
      index.close();
    }
  });

  it('stops its background work when closed at once, leaving the closed database alone', async () => {
    const index = createSearchIndex({ records: dataset.records, notes: [] });
    index.close();
    await index.warm;
    await new Promise((resolve) => setImmediate(resolve));
  });
});
