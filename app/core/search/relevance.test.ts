import { describe, expect, it } from 'vitest';
import { estimatedMatches, RANK_ALL_MAX, rankedRowidLimit } from './relevance';

const term = (folded: string) => ({ folded, asPrefix: false, variants: [] });
const holding: Record<string, number> = { thuong: 9_000, mai: 12_000, socar: 40 };
const documentsWith = (t: { folded: string }) => holding[t.folded] ?? 0;

describe('estimatedMatches', () => {
  it('is the rarest term when every term is required, the sum when any will do', () => {
    expect(estimatedMatches([term('thuong'), term('mai')], 'AND', documentsWith)).toBe(9_000);
    expect(estimatedMatches([term('thuong'), term('socar')], 'OR', documentsWith)).toBe(9_040);
    expect(estimatedMatches([term('thuong'), term('nowhere')], 'AND', documentsWith)).toBe(0);
  });
});

describe('rankedRowidLimit', () => {
  it('ranks every row for a query matching up to RANK_ALL_MAX documents', () => {
    expect(rankedRowidLimit(RANK_ALL_MAX, 300_000)).toBe(300_000);
    expect(rankedRowidLimit(11_502, 60_000)).toBe(60_000);
  });

  it('ranks the newest share of the rows that holds about RANK_ALL_MAX matches of a broader query', () => {
    expect(rankedRowidLimit(4 * RANK_ALL_MAX, 300_000)).toBe(75_000);
  });
});
