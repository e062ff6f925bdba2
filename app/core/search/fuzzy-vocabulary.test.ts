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
