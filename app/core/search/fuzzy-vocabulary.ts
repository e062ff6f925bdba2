import MiniSearch from 'minisearch';
import { fuzzinessFor } from './fuzziness';

/**
 * The words of the index a long query word may be a misspelling of ('kasymaliev' → 'kasimalyev'),
 * found by MiniSearch over the distinct indexed words. Built on the first fuzzy query; words of notes
 * saved later are added. A word no document holds any more is harmless: it matches nothing.
 */
export interface FuzzyVocabulary {
  /** The indexed words within the edit distance `fuzzinessFor` allows `term`, other than `term`. */
  variants(term: string): string[];
  /** Adds the words of a text (folded, separated by spaces) once the vocabulary is built. */
  addWords(foldedText: string): void;
}

export function createFuzzyVocabulary(readIndexedWords: () => string[]): FuzzyVocabulary {
  let engine: MiniSearch<{ word: string }> | undefined;
  /** Variants found so far: an as-you-type search asks for the same words again and again. */
  const found = new Map<string, string[]>();
  const add = (words: Iterable<string>) => {
    if (engine === undefined) return;
    for (const word of words) {
      if (engine.has(word)) continue;
      engine.add({ word });
      found.clear();
    }
  };
  const built = (): MiniSearch<{ word: string }> => {
    if (engine === undefined) {
      engine = new MiniSearch<{ word: string }>({ fields: ['word'], idField: 'word', tokenize: (word) => [word] });
      add(readIndexedWords());
    }
    return engine;
  };
  return {
    variants(term) {
      const fuzzy = fuzzinessFor(term);
      if (fuzzy === false) return [];
      let variants = found.get(term);
      if (variants === undefined) {
        variants = built()
          .search(term, { fuzzy })
          .map((result) => result.id as string)
          .filter((word) => word !== term);
        found.set(term, variants);
      }
      return variants;
    },
    addWords(foldedText) {
      add(new Set(foldedText.split(' ')));
    },
  };
}
