import type { Country, RecordKind, RelationsRecord } from '../../shared/records/record-schema';
import { bilingual } from './bilingual';
import type { SeededRandom } from './seeded-random';
import { syntheticSource } from './synthetic-articles';
import { agreement, framework, mechanism, milestone, relations, visit } from './synthetic-event-drafts';
import { cooperation, investment, multilateral, people, trade } from './synthetic-exchange-drafts';
import type { Context, Draft } from './synthetic-draft';

/** How often each kind occurs after a country's first record (relations) and its frameworks; the bundled dataset's mix. */
const KIND_WEIGHTS = {
  cooperation: 32,
  visit: 13,
  milestone: 11,
  agreement: 10,
  people: 8,
  multilateral: 8,
  trade: 6,
  mechanism: 5,
  investment: 2,
} as const satisfies Partial<Record<RecordKind, number>>;

type Base = Pick<RelationsRecord, 'id' | 'country' | 'title' | 'summary' | 'sources'>;

const DRAFTERS: Record<RecordKind, (context: Context) => Draft> = {
  relations,
  framework,
  milestone,
  visit,
  agreement,
  mechanism,
  trade,
  investment,
  people,
  multilateral,
  cooperation,
};

/**
 * `count` records of one country: diplomatic relations first, up to two frameworks, then the
 * bundled dataset's mix of kinds. Each cites one or two of `articleIds`, every article at least once.
 */
export function syntheticCountryRecords(random: SeededRandom, country: Country, count: number, articleIds: readonly string[]): RelationsRecord[] {
  const context: Context = { random, country, earlier: new Map() };
  const prefix = country.code.toLowerCase();
  return Array.from({ length: count }, (_, index) => {
    const kind: RecordKind = index === 0 ? 'relations' : index <= 2 && random.chance(0.6) ? 'framework' : random.weighted(KIND_WEIGHTS);
    const { title, summary, date, ...fields } = DRAFTERS[kind](context);
    const id = `${prefix}-${kind}-${index}`;
    const cited = [articleIds[index % articleIds.length] as string, ...(random.chance(0.25) ? [random.pick(articleIds)] : [])];
    const base: Base = {
      id,
      country: country.code,
      title: bilingual(title, random.chance(0.2) ? 'reviewed' : 'ours'),
      summary: bilingual(summary),
      sources: [...new Set(cited)].map((article) => syntheticSource(random, article, summary)),
    };
    const ofKind = context.earlier.get(kind) ?? [];
    ofKind.push(id);
    context.earlier.set(kind, ofKind);
    return { ...base, kind, ...(date ? { date: date.value } : {}), ...fields } as RelationsRecord;
  });
}
