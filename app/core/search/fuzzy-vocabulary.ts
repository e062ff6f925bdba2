import MiniSearch from 'minisearch';
import { fuzzinessFor } from './fuzziness';

/**
 * The words of the index a long query word may be a misspelling of ('kasymaliev' → 'kasimalyev'),
 * found by MiniSearch over the distinct indexed words. Built in the background once the index opens
 * (`buildInBackground`), or at once by a fuzzy query that comes first; words of notes saved later are
 * added. A word no document holds any more is harmless: it matches nothing.
 */
export interface FuzzyVocabulary {
  /** The indexed words within the edit distance `fuzzinessFor` allows `term`, other than `term`. */
  variants(term: string): string[];
  /** Adds the words of a text (folded, separated by spaces) once the vocabulary is being built. */
  addWords(foldedText: string): void;
  /**
   * Reads the indexed words on the next turn of the event loop, then adds them a slice per turn, so
   * that a request arriving meanwhile waits for one slice, not for all. Resolves when all are in (or
   * when stopped).
   */
  buildInBackground(): Promise<void>;
  /** Stops a background build: the index is closing. */
  stop(): void;
}

/** Words added per turn of the event loop while building in the background (a few milliseconds' work). */
const WORDS_PER_TURN = 2_000;

export function createFuzzyVocabulary(readIndexedWords: () => string[]): FuzzyVocabulary {
  let engine: MiniSearch<{ word: string }> | undefined;
  /** Indexed words read but not yet added. */
  let pending: string[] = [];
  let turn: NodeJS.Immediate | undefined;
  let finishBackground = () => {};
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
  const started = (): MiniSearch<{ word: string }> => {
    if (engine === undefined) {
      engine = new MiniSearch<{ word: string }>({ fields: ['word'], idField: 'word', tokenize: (word) => [word] });
      pending = readIndexedWords();
    }
    return engine;
  };
  const built = (): MiniSearch<{ word: string }> => {
    const complete = started();
    add(pending.splice(0));
    return complete;
  };
  const stop = () => {
    if (turn !== undefined) clearImmediate(turn);
    turn = undefined;
    finishBackground();
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
    buildInBackground() {
      stop();
      return new Promise((resolve) => {
        finishBackground = resolve;
        const next = () => {
          started();
          add(pending.splice(-WORDS_PER_TURN));
          if (pending.length === 0) stop();
          else turn = setImmediate(next);
        };
        turn = setImmediate(next);
      });
    },
    stop,
  };
}
