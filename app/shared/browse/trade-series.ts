import type { AmountQualifier } from '../records/money-schema';
import type { RecordOfKind, RelationsRecord } from '../records/record-schema';

export type TradeFlow = RecordOfKind<'trade'>['flow'];
export const tradeFlows: readonly TradeFlow[] = ['turnover', 'vn-exports', 'vn-imports'];

export type TradeRecord = RecordOfKind<'trade'>;

/**
 * One bar group of a trade chart (the country page's and the brief's): a year, or a period whose yearly level
 * is drawn as its span; the amount of each flow and the qualifier its source gives it.
 */
export type TradePoint = { label: string; start: number; qualifiers?: Partial<Record<TradeFlow, AmountQualifier>> } & Partial<Record<TradeFlow, number>>;

export interface TradeSeries {
  /** The currency of every amount; figures in another currency are left out. */
  currency: string;
  /** In time order; a year before a period that starts in it. */
  points: TradePoint[];
  /** The flows that have at least one figure, in a fixed order. */
  flows: TradeFlow[];
}

/** The years a trade figure covers: `2022`, or `2017–2021` for a period's yearly level. */
export function tradeSpanLabel(record: TradeRecord): string {
  const end = record.dateEnd?.slice(0, 4);
  return end && end !== String(record.year) ? `${record.year}–${end}` : String(record.year);
}

/**
 * A country's trade figures for a chart, a period drawn as its span (not as the bar of its first year).
 * Where one span has several figures of a flow, the later record (in date order) wins. Undefined when there
 * is no trade figure.
 */
export function tradeSeries(records: readonly RelationsRecord[]): TradeSeries | undefined {
  const trade = records.filter((r): r is TradeRecord => r.kind === 'trade');
  const currency = trade[0]?.amount.currency;
  if (currency === undefined) return undefined;
  const bySpan = new Map<string, TradePoint>();
  for (const record of trade) {
    if (record.amount.currency !== currency) continue;
    const label = tradeSpanLabel(record);
    const point = bySpan.get(label) ?? { label, start: record.year };
    point[record.flow] = record.amount.value;
    const { qualifier } = record.amount;
    if (qualifier !== undefined) point.qualifiers = { ...point.qualifiers, [record.flow]: qualifier };
    else if (point.qualifiers) delete point.qualifiers[record.flow];
    bySpan.set(label, point);
  }
  const points = [...bySpan.values()].sort((a, b) => a.start - b.start || a.label.length - b.label.length);
  return { currency, points, flows: tradeFlows.filter((flow) => points.some((point) => point[flow] !== undefined)) };
}
