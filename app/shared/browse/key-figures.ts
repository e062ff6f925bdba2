import type { RecordOfKind, RelationsRecord } from '../records/record-schema';

/** The facts an officer looks for first on a country page. */
export interface KeyFigures {
  relations: RecordOfKind<'relations'> | undefined;
  framework: RecordOfKind<'framework'> | undefined;
  /** The newest state or official visit; the newest visit of any level when there is none. */
  lastHighLevelVisit: RecordOfKind<'visit'> | undefined;
  /** The newest trade figure, turnover preferred over one-way flows of the same year. */
  latestTrade: RecordOfKind<'trade'> | undefined;
}

const HIGH_LEVELS: readonly string[] = ['state', 'official'];
const FLOW_PREFERENCE = ['vn-imports', 'vn-exports', 'turnover'] as const;

function newerTrade(a: RecordOfKind<'trade'>, b: RecordOfKind<'trade'>): RecordOfKind<'trade'> {
  if (a.year !== b.year) return a.year > b.year ? a : b;
  return FLOW_PREFERENCE.indexOf(b.flow) > FLOW_PREFERENCE.indexOf(a.flow) ? b : a;
}

/** Key figures from a country's records, which come in date order (undated last). */
export function keyFigures(records: readonly RelationsRecord[]): KeyFigures {
  const ofKind = <K extends RelationsRecord['kind']>(kind: K) =>
    records.filter((r): r is RecordOfKind<K> => r.kind === kind);
  const visits = ofKind('visit');
  const trade = ofKind('trade');
  return {
    relations: ofKind('relations')[0],
    framework: ofKind('framework').at(-1),
    lastHighLevelVisit: visits.findLast((v) => HIGH_LEVELS.includes(v.level)) ?? visits.at(-1),
    latestTrade: trade.length > 0 ? trade.reduce(newerTrade) : undefined,
  };
}
