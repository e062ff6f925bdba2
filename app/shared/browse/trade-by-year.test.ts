import { describe, expect, it } from 'vitest';
import { testRecord } from '../../core/testing/test-records';
import type { RelationsRecord } from '../records/record-schema';
import { tradeByYear } from './trade-by-year';

describe('tradeByYear', () => {
  it('puts each flow of a year in one row, years in order, in the first figure’s currency', () => {
    const series = tradeByYear([
      testRecord.trade(2024, 13_500_000),
      testRecord.trade(2022, 4_500_000),
      testRecord.trade(2022, 3_000_000, 'vn-exports'),
      testRecord.trade(2023, 1_000, 'turnover', 'EUR'),
    ]);
    expect(series).toEqual({
      currency: 'USD',
      flows: ['turnover', 'vn-exports'],
      years: [
        { year: 2022, turnover: 4_500_000, 'vn-exports': 3_000_000 },
        { year: 2024, turnover: 13_500_000 },
      ],
    });
  });

  it('keeps the qualifier of each figure, the later record’s when a year has two', () => {
    const more = (record: RelationsRecord): RelationsRecord =>
      record.kind === 'trade' ? { ...record, amount: { ...record.amount, qualifier: 'more-than' } } : record;
    const series = tradeByYear([more(testRecord.trade(2023, 65_000_000)), more(testRecord.trade(2022, 1_000)), testRecord.trade(2022, 2_000)]);
    expect(series?.years).toEqual([
      { year: 2022, turnover: 2_000, qualifiers: {} },
      { year: 2023, turnover: 65_000_000, qualifiers: { turnover: 'more-than' } },
    ]);
  });

  it('is undefined without trade figures', () => {
    expect(tradeByYear([testRecord.relations('1992-06-04')])).toBeUndefined();
  });
});
