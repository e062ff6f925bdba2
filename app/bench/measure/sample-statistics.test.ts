import { describe, expect, it } from 'vitest';
import { summarizeTimings } from './sample-statistics';

describe('summarizeTimings', () => {
  it('gives the median and the nearest-rank 95th percentile', () => {
    const samples = Array.from({ length: 100 }, (_, i) => 100 - i);
    expect(summarizeTimings(samples)).toEqual({ median: 50.5, p95: 95, runs: 100 });
    expect(summarizeTimings([3, 1, 2])).toEqual({ median: 2, p95: 3, runs: 3 });
    expect(summarizeTimings([4])).toEqual({ median: 4, p95: 4, runs: 1 });
  });

  it('refuses an empty list rather than inventing a figure', () => {
    expect(() => summarizeTimings([])).toThrow();
  });
});
