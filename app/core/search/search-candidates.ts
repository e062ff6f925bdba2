import type Database from 'better-sqlite3';
import type { QueryTerm } from './match-expression';
import { BM25_OF_COLUMNS, estimatedMatches, rankedRowidLimit } from './relevance';
import { createVocabularyViews, documentFrequencyReader, lastRowidReader, type SearchTable } from './search-tables';

/** A matching document's id and its relevance (higher is better, never negative). */
export interface RankedMatch {
  id: string;
  relevance: number;
}

export interface CandidateReader {
  /** A table's best `limit` matches for a MATCH expression of `terms`, by bm25 over all its matches (see `relevance`). */
  read(table: SearchTable, match: string, query: { terms: readonly QueryTerm[]; combine: 'AND' | 'OR'; limit: number }): RankedMatch[];
  /** Forgets the counts after the tables changed. */
  forgetCounts(): void;
}

export function createCandidateReader(db: Database.Database): CandidateReader {
  createVocabularyViews(db);
  const ranking = (table: SearchTable) =>
    db.prepare<[string, number, number], RankedMatch>(
      `SELECT id, -bm25(${table}, ${BM25_OF_COLUMNS}) AS relevance FROM ${table}
       WHERE ${table} MATCH ? AND rowid <= ? ORDER BY relevance DESC LIMIT ?`,
    );
  const statements = { records_fts: ranking('records_fts'), notes_fts: ranking('notes_fts') };
  const readFrequency = documentFrequencyReader(db);
  const readLastRowid = lastRowidReader(db);
  const cached = new Map<string, number>();
  const remembered = (key: string, read: () => number) => {
    let value = cached.get(key);
    if (value === undefined) {
      value = read();
      cached.set(key, value);
    }
    return value;
  };
  const frequency = (table: SearchTable, word: string, asPrefix: boolean) =>
    remembered(`${table} ${word}${asPrefix ? '*' : ''}`, () => readFrequency(table, word, asPrefix));
  const documentsWith = (table: SearchTable) => (term: QueryTerm) =>
    frequency(table, term.folded, term.asPrefix) + term.variants.reduce((sum, variant) => sum + frequency(table, variant, false), 0);

  return {
    read(table, match, { terms, combine, limit }) {
      const estimated = estimatedMatches(terms, combine, documentsWith(table));
      if (estimated === 0) return [];
      const lastRowid = remembered(table, () => readLastRowid(table));
      return statements[table].all(match, rankedRowidLimit(estimated, lastRowid), limit);
    },
    forgetCounts() {
      cached.clear();
    },
  };
}
