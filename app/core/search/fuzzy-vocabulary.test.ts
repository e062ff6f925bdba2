import { describe, expect, it, vi } from 'vitest';
import { createFuzzyVocabulary } from './fuzzy-vocabulary';

describe('createFuzzyVocabulary', () => {
  it('finds the indexed words a long non-syllable word may be a misspelling of', () => {
    const vocabulary = createFuzzyVocabulary(() => ['kasimalyev', 'truong', 'aliyev']);
    expect(vocabulary.variants('kasymaliev')).toEqual(['kasimalyev']);
    expect(vocabulary.variants('tuong')).toEqual([]);
    expect(vocabulary.variants('aliyev')).toEqual([]);
  });

  it('reads the indexed words once, on the first fuzzy query, and takes words added later', () => {
    const readIndexedWords = vi.fn(() => ['kasimalyev']);
    const vocabulary = createFuzzyVocabulary(readIndexedWords);
    vocabulary.addWords('mammadov');
    expect(readIndexedWords).not.toHaveBeenCalled();
    expect(vocabulary.variants('mamedov')).toEqual([]);
    vocabulary.addWords('mammedov kasimalyev');
    expect(vocabulary.variants('mammadov')).toEqual(['mammedov']);
    expect(vocabulary.variants('kasymaliev')).toEqual(['kasimalyev']);
    expect(readIndexedWords).toHaveBeenCalledTimes(1);
  });
});

describe('createFuzzyVocabulary in the background', () => {
  const manyWords = Array.from({ length: 5_000 }, (_, i) => `word${i}x`);

  it('reads and adds the indexed words without a query, a slice per turn of the event loop', async () => {
    let reads = 0;
    const vocabulary = createFuzzyVocabulary(() => {
      reads += 1;
      return [...manyWords, 'kasimalyev'];
    });
    const building = vocabulary.buildInBackground();
    expect(reads).toBe(0);
    await new Promise((resolve) => setImmediate(resolve));
    expect(reads).toBe(1);
    await building;
    expect(vocabulary.variants('kasymaliev')).toEqual(['kasimalyev']);
    expect(reads).toBe(1);
  });

  it('is finished at once by a fuzzy query that comes first', async () => {
    const vocabulary = createFuzzyVocabulary(() => [...manyWords, 'kasimalyev']);
    const building = vocabulary.buildInBackground();
    await new Promise((resolve) => setImmediate(resolve));
    expect(vocabulary.variants('kasymaliev')).toEqual(['kasimalyev']);
    await building;
  });

  it('stops when the index closes, before reading anything', async () => {
    let reads = 0;
    const vocabulary = createFuzzyVocabulary(() => {
      reads += 1;
      return manyWords;
    });
    const building = vocabulary.buildInBackground();
    vocabulary.stop();
    await building;
    await new Promise((resolve) => setImmediate(resolve));
    expect(reads).toBe(0);
  });
});
