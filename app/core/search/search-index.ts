import type Database from 'better-sqlite3';
import type { CountryCode, RelationsRecord } from '../../shared/records/record-schema';
import { createWordFolder, foldVietnamese } from '../../shared/search/fold-vietnamese';
import { createFuzzyVocabulary } from './fuzzy-vocabulary';
import { isFunctionWordQuery, matchesAsWritten } from './function-word-query';
import { matchesSomeTerm, matchExpression, type QueryTerm } from './match-expression';
import {
  documentTexts,
  noteDocument,
  recordDocument,
  type SearchableNote,
  type SearchDocument,
} from './search-documents';
import type { SearchDocumentType } from '../../shared/search/search-document-type';
import type { SearchHit } from '../../shared/search/search-hit';
import { toSearchHit } from './to-search-hit';
import { buildSearchDatabase, replaceIndexedRecords } from './search-index-file';
import { createCandidateReader } from './search-candidates';
import { deleteRecordRow, foldedText, indexedWords, noteRows, recordDocumentReader, upsertRecordRow, type SearchTable } from './search-tables';
import { isWordSeparator, splitWords } from '../../shared/search/split-words';
import { countMatchedAsTyped, rankingScore, wordsTypedWithDiacritics, type TypedWord } from './typed-diacritics';

export type { SearchableNote, SearchDocumentType, SearchHit };

export interface SearchQueryOptions {
  /** At most this many hits; 20 unless given. */
  limit?: number;
  country?: CountryCode;
  types?: readonly SearchDocumentType[];
}

export interface SearchIndex {
  /**
   * Hits for `query`, best first. Diacritics and case are ignored in matching (see `typed-diacritics` for
   * how they rank); every word must match, or failing that any word, at lower scores; the last word may
   * be the start of a word unless followed by a space; long words other than Vietnamese syllables match
   * fuzzily (see `fuzziness`). A query of Vietnamese function words only ('va') is matched as written
   * (see `function-word-query`).
   */
  search(query: string, options?: SearchQueryOptions): SearchHit[];
  /** Adds a note, or replaces it after an edit. */
  upsertNote(note: SearchableNote): void;
  removeNote(id: string): void;
  /** Adds a record, or replaces it after the officer changed it. */
  upsertRecord(record: RelationsRecord): void;
  /** Takes a record out (retired, or gone after an undo). */
  removeRecord(id: string): void;
  /** Swaps in a new set of reference records (after a dataset update); notes stay. */
  replaceRecords(records: readonly RelationsRecord[]): void;
  /** How many records and notes the index holds. */
  readonly size: number;
  /**
   * Resolves once the index's background work after opening is done: the fuzzy vocabulary is built
   * (see `FuzzyVocabulary.buildInBackground`), so that no first query pays for it.
   */
  readonly warm: Promise<void>;
  /** Stops the background work and releases the index's database. */
  close(): void;
}

const DEFAULT_LIMIT = 20;
/** Hits from the any-word fallback, used when no document has every word, weigh this much less. */
const ANY_WORD_FALLBACK_WEIGHT = 0.5;
/** The best matches by relevance (bm25 over all matches, see `relevance`) that are then ordered by the diacritics typed; per table. */
const CANDIDATES = 200;

const TABLE_OF_TYPE: Record<SearchDocumentType, SearchTable> = { record: 'records_fts', note: 'notes_fts' };

interface Candidate {
  document: SearchDocument;
  relevance: number;
}

/**
 * Orders candidates by `rankingScore`. They are read by relevance, best first, and reading stops once
 * `limit` of them match every typed word: none further down can overtake those.
 */
function rankByTypedDiacritics(found: Candidate[], typedWords: TypedWord[], limit: number): { document: SearchDocument; score: number }[] {
  const ranked: { document: SearchDocument; score: number }[] = [];
  let matchingAllAsTyped = 0;
  for (const { document, relevance } of [...found].sort((a, b) => b.relevance - a.relevance)) {
    if (matchingAllAsTyped === limit) break;
    const matchedAsTyped = typedWords.length === 0 ? 0 : countMatchedAsTyped(documentTexts(document), typedWords);
    if (matchedAsTyped === typedWords.length) matchingAllAsTyped += 1;
    ranked.push({ document, score: rankingScore(matchedAsTyped, relevance) });
  }
  return ranked.sort((a, b) => b.score - a.score).slice(0, limit);
}

/**
 * The search over records and notes, on SQLite full-text tables. `database` holds the records' tables
 * already written (see `openSearchIndexFile`), the records themselves included (they are read from it for
 * the hits, never all held in memory); without one, an in-memory database is built of `records`. The
 * notes tables are brought up to date with `notes` at once, writing only the notes that changed.
 */
export function createSearchIndex(input: {
  records?: readonly RelationsRecord[];
  notes: readonly SearchableNote[];
  database?: Database.Database;
}): SearchIndex {
  const db = input.database ?? buildSearchDatabase({ datasetVersion: '', records: input.records ?? [] });
  const foldWord = createWordFolder();
  const notesById = new Map<string, SearchDocument>();
  const addNote = (note: SearchableNote) => notesById.set(note.id, noteDocument(note));
  for (const note of input.notes) addNote(note);
  const readRecord = recordDocumentReader(db);
  const documentOf: Record<SearchTable, (id: string) => SearchDocument | undefined> = {
    records_fts: (id) => {
      const record = readRecord(id);
      return record && recordDocument(record);
    },
    notes_fts: (id) => notesById.get(id),
  };
  const countRecords = db.prepare<[], { count: number }>('SELECT count(*) AS count FROM record_docs');

  const notes = noteRows(db);
  notes.sync(input.notes);
  const candidateReader = createCandidateReader(db);
  const vocabulary = createFuzzyVocabulary(() => indexedWords(db));
  const warm = vocabulary.buildInBackground();

  function candidates(tables: readonly SearchTable[], terms: readonly QueryTerm[], combine: 'AND' | 'OR', country?: CountryCode): Candidate[] {
    const match = matchExpression(terms, combine, country);
    const weight = combine === 'AND' ? 1 : ANY_WORD_FALLBACK_WEIGHT;
    return tables.flatMap((table) =>
      candidateReader.read(table, match, { terms, combine, limit: CANDIDATES }).flatMap(({ id, relevance }) => {
        const document = documentOf[table](id);
        return document === undefined ? [] : [{ document, relevance: relevance * weight }];
      }),
    );
  }

  function matchedTerms(document: SearchDocument, terms: readonly QueryTerm[]): string[] {
    const matched = new Set<string>();
    for (const text of documentTexts(document)) {
      for (const word of splitWords(text)) {
        const folded = foldWord(word);
        if (matchesSomeTerm(folded, terms)) matched.add(folded);
      }
    }
    return [...matched];
  }

  return {
    search(query, options = {}) {
      const normalizedQuery = query.normalize('NFC').toLowerCase();
      const queryWords = splitWords(normalizedQuery);
      if (queryWords.length === 0) return [];
      const asWritten = isFunctionWordQuery(queryWords);
      const stillTypingLastWord = !isWordSeparator(normalizedQuery.at(-1));
      const terms: QueryTerm[] = queryWords.map((word, index) => {
        const folded = foldVietnamese(word);
        const variants = asWritten ? [] : vocabulary.variants(folded);
        return { folded, asPrefix: stillTypingLastWord && index === queryWords.length - 1, variants };
      });
      const tables = (options.types ?? (['record', 'note'] as const)).map((type) => TABLE_OF_TYPE[type]);
      let found = candidates(tables, terms, 'AND', options.country);
      if (found.length === 0 && terms.length > 1) found = candidates(tables, terms, 'OR', options.country);
      if (asWritten) found = found.filter((candidate) => matchesAsWritten(documentTexts(candidate.document), queryWords, stillTypingLastWord));
      const typedWords = wordsTypedWithDiacritics(queryWords, stillTypingLastWord);
      return rankByTypedDiacritics(found, typedWords, options.limit ?? DEFAULT_LIMIT).map(({ document, score }) =>
        toSearchHit(document, matchedTerms(document, terms), score, foldWord),
      );
    },
    upsertNote(note) {
      addNote(note);
      notes.upsert(note);
      candidateReader.forgetCounts();
      vocabulary.addWords(foldedText([note.body, ...note.tags].join('\n')));
    },
    removeNote(id) {
      notesById.delete(id);
      notes.remove(id);
      candidateReader.forgetCounts();
    },
    upsertRecord(record) {
      upsertRecordRow(db, record);
      candidateReader.forgetCounts();
      vocabulary.addWords(foldedText(documentTexts(recordDocument(record)).join('\n')));
    },
    removeRecord(id) {
      deleteRecordRow(db, id);
      candidateReader.forgetCounts();
    },
    replaceRecords(records) {
      replaceIndexedRecords(db, records);
      candidateReader.forgetCounts();
      vocabulary.addWords(records.map((record) => foldedText(documentTexts(recordDocument(record)).join('\n'))).join(' '));
    },
    get size() {
      return notesById.size + (countRecords.get()?.count ?? 0);
    },
    warm,
    close() {
      vocabulary.stop();
      db.close();
    },
  };
}
