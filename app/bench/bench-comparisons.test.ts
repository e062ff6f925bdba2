import { describe, expect, it } from 'vitest';
import { measured } from './bench-figures';
import { compareWithFloors } from './bench-comparisons';

const timing = (median: number, p95: number) => ({ median, p95, runs: 10 });

describe('compareWithFloors', () => {
  it('sets each figure beside its floor with the ratio, and the target where one is set', () => {
    const comparisons = compareWithFloors(
      { open: measured(timing(1_000, 1_200)), search: measured(timing(3, 6)), noteSave: measured(timing(4, 7)), briefPdf: measured(timing(1_400, 1_600)) },
      { open: timing(400, 500), search: timing(1, 5), cliStart: timing(60, 70), briefPdf: timing(1_000, 1_100), binderPdf: timing(3_000, 3_000) },
      timing(150, 200),
    );
    expect(comparisons).toEqual([
      { id: 'open', statistic: 'median', value: 1_000, floor: 400, ratio: 2.5 },
      { id: 'search', statistic: 'p95', value: 6, floor: 5, ratio: 1.2, target: 1.2 },
      { id: 'cliStart', statistic: 'median', value: 150, floor: 60, ratio: 2.5, target: 3 },
      { id: 'briefPdf', statistic: 'median', value: 1_400, floor: 1_000, ratio: 1.4, target: 1.3 },
    ]);
  });
});
