import { describe, expect, it } from 'vitest';
import { testRecord } from '../../core/testing/test-records';
import type { RelationsRecord } from '../records/record-schema';
import { tradeSeries, tradeSpanLabel, type TradeRecord } from './trade-series';

const more = (record: RelationsRecord): RelationsRecord =>
  record.kind === 'trade' ? { ...record, amount: { ...record.amount, qualifier: 'more-than' } } : record;
/** Kyrgyzstan's figures as the dataset has them: a yearly level over 2017–2021, then single years. */
const period = (value: number): RelationsRecord => ({ ...(testRecord.trade(2017, value) as TradeRecord), id: 'kg-trade-2017-2021', dateEnd: '2021' });

describe('tradeSeries', () => {
  it('puts each flow of a year in one point, in time order, in the first figure’s currency', () => {
    const series = tradeSeries([
      testRecord.trade(2024, 13_500_000),
      testRecord.trade(2022, 4_500_000),
      testRecord.trade(2022, 3_000_000, 'vn-exports'),
      testRecord.trade(2023, 1_000, 'turnover', 'EUR'),
    ]);
    expect(series).toEqual({
      currency: 'USD',
      flows: ['turnover', 'vn-exports'],
      points: [
        { label: '2022', start: 2022, turnover: 4_500_000, 'vn-exports': 3_000_000 },
        { label: '2024', start: 2024, turnover: 13_500_000 },
      ],
    });
  });

  it('draws a period average as its span, not as the bar of its first year', () => {
    expect(tradeSpanLabel(period(1_360_000) as TradeRecord)).toBe('2017–2021');
    const series = tradeSeries([testRecord.trade(2022, 4_500_000), period(1_360_000), testRecord.trade(2017, 900_000)]);
    expect(series?.points).toEqual([
      { label: '2017', start: 2017, turnover: 900_000 },
      { label: '2017–2021', start: 2017, turnover: 1_360_000 },
      { label: '2022', start: 2022, turnover: 4_500_000 },
    ]);
  });

  it('keeps the qualifier of each figure, the later record’s when a year has two', () => {
    const series = tradeSeries([more(testRecord.trade(2023, 65_000_000)), more(testRecord.trade(2022, 1_000)), testRecord.trade(2022, 2_000)]);
    expect(series?.points).toEqual([
      { label: '2022', start: 2022, turnover: 2_000, qualifiers: {} },
      { label: '2023', start: 2023, turnover: 65_000_000, qualifiers: { turnover: 'more-than' } },
    ]);
  });

  it('is undefined without trade figures', () => {
    expect(tradeSeries([testRecord.relations('1992-06-04')])).toBeUndefined();
  });
});
