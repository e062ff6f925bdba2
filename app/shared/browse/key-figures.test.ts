import { describe, expect, it } from 'vitest';
import { testRecord } from '../../core/testing/test-records';
import { keyFigures } from './key-figures';

describe('keyFigures', () => {
  it('takes the relations, the newest framework, the newest high-level visit and the newest trade figure', () => {
    const figures = keyFigures([
      testRecord.relations('1992-06-04'),
      testRecord.framework('2001', 'Strategic Partnership'),
      testRecord.visit('2009-03', 'official'),
      testRecord.framework('2012', 'Comprehensive Strategic Partnership'),
      testRecord.trade(2023, 7_500_000, 'vn-exports'),
      testRecord.trade(2023, 9_000_000),
      testRecord.visit('2023-09', 'working'),
      testRecord.trade(2022, 4_500_000),
    ]);
    expect(figures.relations?.date).toBe('1992-06-04');
    expect(figures.framework?.framework.en).toBe('Comprehensive Strategic Partnership');
    expect(figures.lastHighLevelVisit?.date).toBe('2009-03');
    expect(figures.latestTrade).toMatchObject({ year: 2023, flow: 'turnover' });
  });

  it('falls back to the newest visit of any level, and leaves out what is missing', () => {
    const figures = keyFigures([testRecord.visit('2014-02', 'other'), testRecord.visit('2023-09', 'working')]);
    expect(figures.lastHighLevelVisit?.date).toBe('2023-09');
    expect(figures.relations).toBeUndefined();
    expect(figures.framework).toBeUndefined();
    expect(figures.latestTrade).toBeUndefined();
  });
});
