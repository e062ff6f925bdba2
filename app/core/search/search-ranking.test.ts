import type Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { syntheticDataset } from '../../bench/synthetic/synthetic-dataset';
import { BM25_OF_COLUMNS } from './relevance';
import { buildSearchDatabase } from './search-index-file';
import { createSearchIndex, type SearchIndex } from './search-index';

/** Broad queries of the bench's mix, typed without diacritics and ended by a space (no prefix, no fuzzy variants). */
const BROAD_QUERIES = [['thuong', 'mai'], ['dau', 'tu'], ['hop', 'tac'], ['quan', 'he'], ['doi', 'tac']];

describe('ranking of a broad query', () => {
  let db: Database.Database;
  let index: SearchIndex;
  beforeAll(() => {
    const dataset = syntheticDataset({ countries: 10, recordsPerCountry: 300 }, 7);
    db = buildSearchDatabase(dataset);
    index = createSearchIndex({ records: dataset.records, notes: [], database: db });
  });
  afterAll(() => index.close());

  /** bm25 of every match, computed by SQLite without any limit: the ranking the search must agree with. */
  function fullRanking(words: string[]): Map<string, number> {
    const match = `{title text} : (${words.map((word) => `"${word}"`).join(' AND ')})`;
    const rows = db
      .prepare<[string], { id: string; score: number }>(`SELECT id, -bm25(records_fts, ${BM25_OF_COLUMNS}) AS score FROM records_fts WHERE records_fts MATCH ?`)
      .all(match);
    return new Map(rows.map((row) => [row.id, row.score]));
  }

  it.each(BROAD_QUERIES)('gives the top 5 of a full bm25 ranking of all the matches of "%s %s"', (...words) => {
    const full = fullRanking(words);
    // More matches than the search ever read before it ranked all of them.
    expect(full.size).toBeGreaterThan(300);
    const best = [...full.values()].sort((a, b) => b - a).slice(0, 5);
    const hits = index.search(`${words.join(' ')} `, { limit: 5, types: ['record'] });
    expect(hits.map((hit) => full.get(hit.id))).toEqual(best);
  });
});
