import MiniSearch, { type SearchOptions, type SearchResult } from 'minisearch';
import type { CountryCode, RelationsRecord } from '../records/record-schema';
import { createCountryEngineCache } from './country-engine-cache';
import { createWordFolder } from './fold-vietnamese';
import { fuzzinessFor } from './fuzziness';
import { createIndexingQueue } from './indexing-queue';
import {
  documentTexts,
  noteDocument,
  noteDocumentKey,
  recordDocument,
  searchFields,
  searchFieldText,
  type SearchableNote,
  type SearchDocument,
  type SearchDocumentType,
} from './search-documents';
import { toSearchHit, type SearchHit } from './search-hit';
import { isWordSeparator, splitWords } from './split-words';
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
   * fuzzily (see `fuzziness`).
   */
  search(query: string, options?: SearchQueryOptions): SearchHit[];
  /** Adds a note, or replaces it after an edit. */
  upsertNote(note: SearchableNote): void;
  removeNote(id: string): void;
  /** Swaps in a new set of reference records (after a dataset update); notes stay. */
  replaceRecords(records: readonly RelationsRecord[]): void;
  /** How many records and notes the index holds. */
  readonly size: number;
}

const DEFAULT_LIMIT = 20;
const TITLE_BOOST = 2;
/** Hits from the any-word fallback, used when no document has every word, weigh this much less. */
const ANY_WORD_FALLBACK_WEIGHT = 0.5;

function createEngine(foldWord: (word: string) => string): MiniSearch<SearchDocument> {
  return new MiniSearch<SearchDocument>({
    fields: searchFields,
    idField: 'key',
    extractField: (document, field) =>
      field === 'key' ? document.key : searchFieldText(document, field === 'title' ? 'title' : 'text'),
    tokenize: splitWords,
    processTerm: foldWord,
    searchOptions: { boost: { title: TITLE_BOOST }, fuzzy: fuzzinessFor },
  });
}

interface RankedResult {
  result: SearchResult;
  document: SearchDocument;
  score: number;
}

/**
 * Opens the search over records and notes without waiting for the index: the index of every document
 * is built in the background and finished at once by the first search across countries that needs it,
 * while a search within one country uses a small index of that country, built on demand.
 */
export function createSearchIndex(input: {
  records: readonly RelationsRecord[];
  notes: readonly SearchableNote[];
}): SearchIndex {
  const foldWord = createWordFolder();
  const documents = new Map<string, SearchDocument>();
  const addDocument = (document: SearchDocument) => documents.set(document.key, document);
  for (const record of input.records) addDocument(recordDocument(record));
  for (const note of input.notes) addDocument(noteDocument(note));

  /** Every document, built in the background; for searches across countries. */
  let engine = createEngine(foldWord);
  const queue = createIndexingQueue<SearchDocument>((document) => {
    if (documents.get(document.key) === document && !engine.has(document.key)) engine.add(document);
  });
  queue.enqueue([...documents.values()]);

  const countryEngines = createCountryEngineCache((country) => {
    const countryEngine = createEngine(foldWord);
    countryEngine.addAll([...documents.values()].filter((document) => document.country === country));
    return countryEngine;
  });

  function engineFor(country: CountryCode | undefined): MiniSearch<SearchDocument> {
    if (country !== undefined) return countryEngines.get(country);
    queue.drain();
    return engine;
  }

  function ofTypes(types: readonly SearchDocumentType[] | undefined): SearchOptions['boostDocument'] {
    if (types === undefined) return undefined;
    return (key: string) => {
      const type = documents.get(key)?.type;
      return type !== undefined && types.includes(type) ? 1 : 0;
    };
  }

  /**
   * Orders MiniSearch's results (best first already) by `rankingScore`. Results are read in order and
   * reading stops once `limit` of them match every typed word: none further down can overtake those.
   */
  function rank(results: SearchResult[], weight: number, typedWords: TypedWord[], limit: number): RankedResult[] {
    const ranked: RankedResult[] = [];
    let matchingAllAsTyped = 0;
    for (const result of results) {
      if (matchingAllAsTyped === limit) break;
      const document = documents.get(result.id);
      if (document === undefined) continue;
      const matchedAsTyped = typedWords.length === 0 ? 0 : countMatchedAsTyped(documentTexts(document), typedWords);
      if (matchedAsTyped === typedWords.length) matchingAllAsTyped += 1;
      ranked.push({ result, document, score: rankingScore(matchedAsTyped, result.score * weight) });
    }
    return ranked.sort((a, b) => b.score - a.score).slice(0, limit);
  }

  return {
    search(query, options = {}) {
      const normalizedQuery = query.normalize('NFC').toLowerCase();
      const queryWords = splitWords(normalizedQuery);
      if (queryWords.length === 0) return [];
      const engineToSearch = engineFor(options.country);
      const stillTypingLastWord = !isWordSeparator(normalizedQuery.at(-1));
      const searchOptions: SearchOptions = {
        combineWith: 'AND',
        prefix: (_term, index, terms) => stillTypingLastWord && index === terms.length - 1,
        boostDocument: ofTypes(options.types),
      };
      let results = engineToSearch.search(normalizedQuery, searchOptions);
      let weight = 1;
      if (results.length === 0 && queryWords.length > 1) {
        results = engineToSearch.search(normalizedQuery, { ...searchOptions, combineWith: 'OR' });
        weight = ANY_WORD_FALLBACK_WEIGHT;
      }
      const typedWords = wordsTypedWithDiacritics(queryWords, stillTypingLastWord);
      return rank(results, weight, typedWords, options.limit ?? DEFAULT_LIMIT).map(({ result, document, score }) =>
        toSearchHit(document, result.terms, score, foldWord),
      );
    },
    upsertNote(note) {
      const document = noteDocument(note);
      const previous = documents.get(document.key);
      addDocument(document);
      if (engine.has(document.key)) engine.replace(document);
      else engine.add(document);
      countryEngines.forget(document.country);
      if (previous !== undefined) countryEngines.forget(previous.country);
    },
    removeNote(id) {
      const key = noteDocumentKey(id);
      const previous = documents.get(key);
      if (previous === undefined) return;
      documents.delete(key);
      if (engine.has(key)) engine.discard(key);
      countryEngines.forget(previous.country);
    },
    replaceRecords(records) {
      for (const document of documents.values()) if (document.type === 'record') documents.delete(document.key);
      for (const record of records) addDocument(recordDocument(record));
      engine = createEngine(foldWord);
      countryEngines.forget();
      queue.clear();
      queue.enqueue([...documents.values()]);
    },
    get size() {
      return documents.size;
    },
  };
}
