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
});
