import type { QueryTerm } from './match-expression';

/**
 * Relevance is FTS5's own bm25() over every match of a query (SQLite's constants k1 = 1.2, b = 0.75),
 * computed in SQLite and cut to the best few with a LIMIT. Its arguments weigh the columns of the
 * search tables (`id, title, text, country`): a word in a title counts twice, the id and the country
 * (matched only through a filter) not at all. bm25() is lower for a better match.
 */
export const BM25_OF_COLUMNS = '0.0, 2.0, 1.0, 0.0';

/**
 * Every match is ranked while a query matches at most this many documents of a table, which takes a
 * few milliseconds. A query matching more (a one-letter prefix over hundreds of thousands of records)
 * is ranked among the newest matches, about this many of them (rows are written newest first).
 */
export const RANK_ALL_MAX = 20_000;

/**
 * How many documents a query matches at most, from the number holding each term (`documentsWith`,
 * the index's vocabulary): with every term required, no more than hold the rarest; with any, the sum.
 */
export function estimatedMatches(terms: readonly QueryTerm[], combine: 'AND' | 'OR', documentsWith: (term: QueryTerm) => number): number {
  const counts = terms.map(documentsWith);
  return combine === 'AND' ? Math.min(...counts) : counts.reduce((sum, count) => sum + count, 0);
}

/**
 * The highest rowid to rank: all of them (`lastRowid`) for up to `RANK_ALL_MAX` estimated matches,
 * otherwise the share of the table that holds about `RANK_ALL_MAX` of them.
 */
export function rankedRowidLimit(estimated: number, lastRowid: number): number {
  return estimated <= RANK_ALL_MAX ? lastRowid : Math.ceil((lastRowid * RANK_ALL_MAX) / estimated);
}
