import { describe, expect, it } from 'vitest';
import { rankByRelevance } from './relevance';

const term = (folded: string, asPrefix = false, variants: string[] = []) => ({ folded, asPrefix, variants });
const best = (ranked: { id: string; relevance: number }[]) => [...ranked].sort((a, b) => b.relevance - a.relevance)[0]?.id;

describe('rankByRelevance', () => {
  it('prefers more occurrences, and a word in the title to one in the text', () => {
    const rows = [
      { id: 'once', title: 'hop tac', text: 'dau khi' },
      { id: 'twice', title: 'hop tac', text: 'dau khi dau tu' },
      { id: 'title', title: 'dau khi', text: 'hop tac' },
    ];
    const ranked = rankByRelevance(rows, [term('dau')], () => 3, 100);
    expect(best(ranked)).toBe('title');
    expect(ranked.find((row) => row.id === 'twice')?.relevance).toBeGreaterThan(ranked.find((row) => row.id === 'once')?.relevance ?? 0);
  });

  it('counts whole words, the start of a word for a prefix, and fuzzy variants', () => {
    const rows = [{ id: 'a', title: '', text: 'petrovietnam dautu kasimalyev' }];
    expect(rankByRelevance(rows, [term('dau')], () => 1, 10)[0]?.relevance).toBe(0);
    expect(rankByRelevance(rows, [term('petrov', true)], () => 1, 10)[0]?.relevance).toBeGreaterThan(0);
    expect(rankByRelevance(rows, [term('kasymaliev', false, ['kasimalyev'])], () => 1, 10)[0]?.relevance).toBeGreaterThan(0);
  });

  it('weighs a rare word more than a common one', () => {
    const rows = [
      { id: 'common', title: '', text: 'quan he' },
      { id: 'rare', title: '', text: 'socar he' },
    ];
    const ranked = rankByRelevance(rows, [term('quan'), term('socar')], (t) => (t.folded === 'quan' ? 90 : 2), 100);
    expect(best(ranked)).toBe('rare');
  });
});
