import { describe, expect, it } from 'vitest';
import type { TradeRecord } from '../browse/trade-series';
import type { RelationsRecord } from '../records/record-schema';
import type { Source } from '../records/source-schema';
import { headlineTrade } from './brief-headline-trade';

const text = (vi: string) => ({ vi, en: vi, translation: 'ours' as const });
const trade = (id: string, year: number, value: number, patch: Partial<TradeRecord> = {}, confidence: Source['confidence'] = 'high'): TradeRecord => ({
  id, kind: 'trade', country: 'KG', date: String(year), year, flow: 'turnover', amount: { value, currency: 'USD' },
  title: text(id), summary: text(id), sources: [{ article: 'a', passage: 'p', confidence }], ...patch,
});

const records: RelationsRecord[] = [
  trade('kg-trade-2017-2021', 2017, 1_360_000, { dateEnd: '2021' }),
  trade('kg-trade-2022', 2022, 4_500_000),
  trade('kg-trade-2024', 2024, 13_500_000, {}, 'low'),
];

describe('trade in a brief', () => {
  it('heads the economy with the newest figure resting on a sure source', () => {
    expect(headlineTrade(records)?.id).toBe('kg-trade-2022');
    expect(headlineTrade([records[2]!])).toBeUndefined();
  });
});
