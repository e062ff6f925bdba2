import type { TradeRecord } from '../browse/trade-series';
import type { RelationsRecord } from '../records/record-schema';

/**
 * The trade figure a brief heads its economy with: the newest one resting on a high-confidence
 * source (a one-off figure read from a doubtful source is listed, not headlined).
 */
export function headlineTrade(records: readonly RelationsRecord[]): TradeRecord | undefined {
  return records
    .filter((r): r is TradeRecord => r.kind === 'trade' && r.sources.some((source) => source.confidence === 'high' && source.passageRole !== 'related-headline'))
    .reduce<TradeRecord | undefined>((newest, record) => (!newest || record.year > newest.year ? record : newest), undefined);
}
