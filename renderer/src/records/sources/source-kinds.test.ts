import { describe, expect, it } from 'vitest';
import { sourceKindOf, sourceOfKind } from './source-kinds';

describe('source kinds', () => {
  it('reads an article source without a kind as an article', () => {
    expect(sourceKindOf({ article: 'a-1', passage: 'x', confidence: 'high' })).toBe('article');
    expect(sourceKindOf({ kind: 'document', title: 'Công văn', confidence: 'high' })).toBe('document');
  });

  it('keeps the passage and confidence across a change of kind and drops the rest', () => {
    const article = { kind: 'article', article: 'a-1', passage: 'Câu trích.', confidence: 'high', correction: {} };
    expect(sourceOfKind(article, 'document')).toEqual({ kind: 'document', title: '', passage: 'Câu trích.', confidence: 'high' });
    expect(sourceOfKind(article, 'knowledge')).toEqual({ kind: 'knowledge', passage: 'Câu trích.', confidence: 'high' });
  });
});
