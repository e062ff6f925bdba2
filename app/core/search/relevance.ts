import type { QueryTerm } from './match-expression';

/** bm25's constants, as SQLite FTS5 and Lucene use them. */
const K1 = 1.2;
const B = 0.75;
/** A word in a title counts this many times. */
const TITLE_WEIGHT = 2;

/** A matching document as the tables hold it: its id and its folded columns. */
export interface MatchedRow {
  id: string;
  title: string;
  text: string;
}

/** How often `word` occurs in a folded text (words separated by single spaces), as a word or, if asked, as the start of one. */
function wordOccurrences(text: string, word: string, asPrefix: boolean): number {
  let count = 0;
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + word.length)) {
    const end = at + word.length;
    if ((at === 0 || text[at - 1] === ' ') && (asPrefix || end === text.length || text[end] === ' ')) count += 1;
  }
  return count;
}

function occurrences(text: string, term: QueryTerm): number {
  return term.variants.reduce((sum, variant) => sum + wordOccurrences(text, variant, false), wordOccurrences(text, term.folded, term.asPrefix));
}

/**
 * Relevance of each row by bm25, computed here rather than by SQLite: FTS5's bm25() reads the whole
 * posting list of every query word to count the documents holding it, which for a syllable most
 * texts have costs more than the search may take. The counts come from `documentsWith` instead
 * (the index's vocabulary, cached by the caller); `documentCount` is the size of the table. A
 * document's length is measured in characters, a title's counted twice like its words.
 */
export function rankByRelevance(
  rows: readonly MatchedRow[],
  terms: readonly QueryTerm[],
  documentsWith: (term: QueryTerm) => number,
  documentCount: number,
): { id: string; relevance: number }[] {
  const idf = terms.map((term) => {
    const holding = Math.min(documentsWith(term), documentCount);
    return Math.log(1 + (documentCount - holding + 0.5) / (holding + 0.5));
  });
  const counted = rows.map((row) => {
    const frequencies = terms.map((term) => TITLE_WEIGHT * occurrences(row.title, term) + occurrences(row.text, term));
    return { id: row.id, frequencies, length: TITLE_WEIGHT * row.title.length + row.text.length };
  });
  const averageLength = counted.reduce((sum, row) => sum + row.length, 0) / Math.max(counted.length, 1);
  return counted.map(({ id, frequencies, length }) => ({
    id,
    relevance: frequencies.reduce((sum, frequency, index) => {
      const saturated = (frequency * (K1 + 1)) / (frequency + K1 * (1 - B + (B * length) / averageLength));
      return sum + (idf[index] ?? 0) * saturated;
    }, 0),
  }));
}
