import type { AmountQualifier } from '../records/money-schema';
import type { RecordOfKind, RelationsRecord } from '../records/record-schema';

export type TradeFlow = RecordOfKind<'trade'>['flow'];
export const tradeFlows: readonly TradeFlow[] = ['turnover', 'vn-exports', 'vn-imports'];

/** One year of a trade chart: the amount of each flow reported for it, and the qualifier its source gives it. */
export type TradeYear = { year: number; qualifiers?: Partial<Record<TradeFlow, AmountQualifier>> } & Partial<Record<TradeFlow, number>>;

export interface TradeSeries {
  /** The currency of every amount; figures in another currency are left out. */
  currency: string;
  years: TradeYear[];
  /** The flows that have at least one figure, in a fixed order. */
  flows: TradeFlow[];
}

/**
 * A country's trade figures by year, for a chart. Where one year has several figures of a flow,
 * the later record (in date order) wins. Undefined when there is no trade figure.
 */
export function tradeByYear(records: readonly RelationsRecord[]): TradeSeries | undefined {
  const trade = records.filter((r): r is RecordOfKind<'trade'> => r.kind === 'trade');
  const currency = trade[0]?.amount.currency;
  if (currency === undefined) return undefined;
  const byYear = new Map<number, TradeYear>();
  for (const record of trade) {
    if (record.amount.currency !== currency) continue;
    const row = byYear.get(record.year) ?? { year: record.year };
    row[record.flow] = record.amount.value;
    const { qualifier } = record.amount;
    if (qualifier !== undefined) row.qualifiers = { ...row.qualifiers, [record.flow]: qualifier };
    else if (row.qualifiers) delete row.qualifiers[record.flow];
    byYear.set(record.year, row);
  }
  const years = [...byYear.values()].sort((a, b) => a.year - b.year);
  return { currency, years, flows: tradeFlows.filter((flow) => years.some((row) => row[flow] !== undefined)) };
}
