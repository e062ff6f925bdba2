import path from 'node:path';
import type { SearchIndex } from '../../core/search/search-index';
import { fuzzinessFor } from '../../core/search/fuzziness';
import { matchExpression } from '../../core/search/match-expression';
import { openSqlite } from '../../core/search/open-sqlite';
import { BM25_OF_COLUMNS } from '../../core/search/relevance';
import { SEARCH_INDEX_FILE_NAME } from '../../core/search/search-index-file';
import { foldVietnamese } from '../../shared/search/fold-vietnamese';
import { splitWords } from '../../shared/search/split-words';
import { benchQueries } from '../bench-queries';

export interface RankingAgreement {
  /**
   * The broad queries checked: typed without diacritics, every word a syllable (no fuzzy variants),
   * matching more than 5 records with every word.
   */
  queries: string[];
  /** Those whose top 5 records are the top 5 of a full bm25 ranking of all their matches. */
  agreeing: string[];
}

const TOP = 5;

/**
 * Checks the search's ranking of the bench's broad queries against bm25 computed by SQLite over every
 * match, without a limit, on the data folder's own search index file (opened read-only).
 */
export function measureRankingAgreement(dataDir: string, search: SearchIndex): RankingAgreement {
  const candidates = benchQueries.filter((query) => query === foldVietnamese(query) && splitWords(query).every((word) => fuzzinessFor(word) === false));
  const db = openSqlite(path.join(dataDir, SEARCH_INDEX_FILE_NAME), { readonly: true, fileMustExist: true });
  try {
    const everyMatch = db.prepare<[string], { id: string; score: number }>(
      `SELECT id, -bm25(records_fts, ${BM25_OF_COLUMNS}) AS score FROM records_fts WHERE records_fts MATCH ?`,
    );
    const fullRankings = candidates.map((query) => {
      const terms = splitWords(query).map((word) => ({ folded: word, asPrefix: false, variants: [] }));
      return { query, full: new Map(everyMatch.all(matchExpression(terms, 'AND')).map((row) => [row.id, row.score])) };
    });
    const broad = fullRankings.filter(({ full }) => full.size > TOP);
    const agreeing = broad.filter(({ query, full }) => {
      const best = [...full.values()].sort((a, b) => b - a).slice(0, TOP);
      const hits = search.search(`${query} `, { limit: TOP, types: ['record'] });
      return JSON.stringify(hits.map((hit) => full.get(hit.id))) === JSON.stringify(best);
    });
    return { queries: broad.map(({ query }) => query), agreeing: agreeing.map(({ query }) => query) };
  } finally {
    db.close();
  }
}
