import type { RecordOfKind, RelationsRecord } from '../../shared/records/record-schema';

const text = (value: string) => ({ vi: value, en: value, translation: 'ours' as const });
const base = (id: string, date: string | undefined) => ({
  id,
  country: 'KG',
  date,
  title: text(id),
  summary: text(id),
  sources: [{ article: 'art-test', passage: id, confidence: 'high' as const }],
});

/** Small records of a few kinds, built in one line each, for tests of functions that read records. */
export const testRecord = {
  relations: (date: string): RelationsRecord => ({ ...base(`relations-${date}`, date), kind: 'relations', date }),
  framework: (date: string, name: string): RelationsRecord => ({ ...base(`framework-${date}`, date), kind: 'framework', date, framework: text(name) }),
  visit: (date: string, level: RecordOfKind<'visit'>['level']): RelationsRecord => ({
    ...base(`visit-${date}`, date),
    kind: 'visit',
    date,
    level,
    direction: 'to-vietnam',
    principal: { name: text('A'), title: text('B'), country: 'KG' },
    counterparts: [],
  }),
  trade: (year: number, value: number, flow: RecordOfKind<'trade'>['flow'] = 'turnover', currency = 'USD'): RelationsRecord => ({
    ...base(`trade-${year}-${flow}-${currency}`, String(year)),
    kind: 'trade',
    year,
    flow,
    amount: { value, currency },
  }),
};
