import type { TradeRecord } from '../browse/trade-series';
import type { RelationsRecord } from '../records/record-schema';
import type { Source } from '../records/source-schema';
import { isArticleSource } from '../records/source-kinds';

/** Read with high confidence, and not only from a related-news headline. */
function isStrongSource(source: Source): boolean {
  return source.confidence === 'high' && !(isArticleSource(source) && source.passageRole === 'related-headline');
}

/**
 * The trade figure a brief heads its economy with: the newest one resting on a high-confidence
 * source (a one-off figure read from a doubtful source is listed, not headlined).
 */
export function headlineTrade(records: readonly RelationsRecord[]): TradeRecord | undefined {
  return records
    .filter((r): r is TradeRecord => r.kind === 'trade' && r.sources.some(isStrongSource))
    .reduce<TradeRecord | undefined>((newest, record) => (!newest || record.year > newest.year ? record : newest), undefined);
}
