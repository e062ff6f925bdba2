import { describe, expect, it } from 'vitest';
import { measured } from './bench-figures';
import { checkTargets } from './bench-targets';

const timing = (median: number) => measured({ runs: 5, median, p95: median });

describe('checkTargets', () => {
  it('holds opening a folder to 300 ms at the large scale and 500 ms at xl, and the peak memory to 400 MB at xl only', () => {
    const figures = { open: timing(420) };
    const large = checkTargets(figures, 'large', { rssPeakMb: 900, heapPeakMb: 300 });
    expect(large.find((check) => check.id === 'open')).toMatchObject({ limit: 300, value: 420, status: 'missed' });
    expect(large.map((check) => check.id)).not.toContain('rssPeak');

    const xl = checkTargets(figures, 'xl', { rssPeakMb: 390, heapPeakMb: 200 });
    expect(xl.find((check) => check.id === 'open')).toMatchObject({ limit: 500, value: 420, status: 'met' });
    expect(xl.find((check) => check.id === 'rssPeak')).toMatchObject({ limit: 400, value: 390, status: 'met' });
  });

  it('holds a record save to 30 ms (p95) and, beside a small-scale figure, its growth to 1.5× the small scale', () => {
    const recordSave = measured({ runs: 60, median: 12, p95: 31 });
    const alone = checkTargets({ recordSave }, 'large');
    expect(alone.find((check) => check.id === 'recordSave')).toMatchObject({ statistic: 'p95', limit: 30, value: 31, status: 'missed' });
    expect(alone.map((check) => check.id)).not.toContain('recordSaveGrowth');

    const beside = checkTargets({ recordSave, recordSaveSmallScale: timing(10), noteSaveSmallScale: timing(4) }, 'xl');
    expect(beside.find((check) => check.id === 'recordSaveGrowth')).toMatchObject({ statistic: 'medianRatioToSmallScale', limit: 1.5, value: 1.2, status: 'met' });
    expect(beside.find((check) => check.id === 'noteSaveGrowth')).toMatchObject({ status: 'not-measured' });
  });
});
