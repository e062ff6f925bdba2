import { describe, expect, it } from 'vitest';
import { BENCH_END, BENCH_START, replaceBenchBlock } from './update-readme-bench.mjs';

describe('replaceBenchBlock', () => {
  const readme = ['# Country Desk', '', '## Performance', BENCH_START, 'old table', BENCH_END, '', '## Licence'].join('\n');

  it('replaces only what is between the markers, keeping them', () => {
    const updated = replaceBenchBlock(readme, '| Measure | Median |\n| --- | ---: |\n');
    expect(updated).toBe(
      ['# Country Desk', '', '## Performance', BENCH_START, '| Measure | Median |', '| --- | ---: |', BENCH_END, '', '## Licence'].join('\n'),
    );
    expect(replaceBenchBlock(updated ?? '', 'new')).toContain(`${BENCH_START}\nnew\n${BENCH_END}`);
  });

  it('changes nothing when the markers are missing or out of order', () => {
    expect(replaceBenchBlock('# Country Desk', 'table')).toBeUndefined();
    expect(replaceBenchBlock(`${BENCH_END}\n${BENCH_START}`, 'table')).toBeUndefined();
  });
});
