import { tradeFlows, type TradeFlow } from '../browse/trade-by-year';
import type { RecordOfKind, RelationsRecord } from '../records/record-schema';

/** One bar group of a brief's trade chart: a year, or a period whose yearly average is drawn as that span. */
export type BriefTradePoint = { label: string; start: number } & Partial<Record<TradeFlow, number>>;

export interface BriefTradeSeries {
  currency: string;
  points: BriefTradePoint[];
  flows: TradeFlow[];
}

export type TradeRecord = RecordOfKind<'trade'>;

/** The years a trade figure covers: `2022`, or `2017–2021` for a period's yearly level. */
export function tradeSpanLabel(record: TradeRecord): string {
  const end = record.dateEnd?.slice(0, 4);
  return end && end !== String(record.year) ? `${record.year}–${end}` : String(record.year);
}

/** A country's trade figures for the brief's chart, a period drawn as its span (not as its first year). */
export function briefTradeSeries(records: readonly RelationsRecord[]): BriefTradeSeries | undefined {
  const trade = records.filter((r): r is TradeRecord => r.kind === 'trade');
  const currency = trade[0]?.amount.currency;
  if (currency === undefined) return undefined;
  const points = new Map<string, BriefTradePoint>();
  for (const record of trade) {
    if (record.amount.currency !== currency) continue;
    const label = tradeSpanLabel(record);
    const point = points.get(label) ?? { label, start: record.year };
    point[record.flow] = record.amount.value;
    points.set(label, point);
  }
  const sorted = [...points.values()].sort((a, b) => a.start - b.start || a.label.length - b.label.length);
  return { currency, points: sorted, flows: tradeFlows.filter((flow) => sorted.some((point) => point[flow] !== undefined)) };
}

/**
 * The trade figure a brief heads its economy with: the newest one resting on a high-confidence
 * source (a one-off figure read from a doubtful source is listed, not headlined).
 */
export function headlineTrade(records: readonly RelationsRecord[]): TradeRecord | undefined {
  return records
    .filter((r): r is TradeRecord => r.kind === 'trade' && r.sources.some((source) => source.confidence === 'high' && source.passageRole !== 'related-headline'))
    .reduce<TradeRecord | undefined>((newest, record) => (!newest || record.year > newest.year ? record : newest), undefined);
}
