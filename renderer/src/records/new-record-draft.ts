import type { CountryCode, RecordKind } from '../../../app/shared/records/record-schema';

/** A text not written yet in either language: its translation is missing until the officer says otherwise. */
export function emptyText(): { vi: string; en: string; translation: 'missing' } {
  return { vi: '', en: '', translation: 'missing' };
}

function emptyPerson(country: CountryCode) {
  return { name: emptyText(), title: emptyText(), country };
}

/** The fields a kind adds, at their first values (the choices' most common value, texts empty). */
export function kindFieldsOf(kind: RecordKind, country: CountryCode, year: number): Record<string, unknown> {
  switch (kind) {
    case 'visit':
      return { direction: 'to-vietnam', level: 'official', principal: emptyPerson(country), counterparts: [] };
    case 'agreement':
      return { parties: emptyText(), level: 'government' };
    case 'mechanism':
      return { mechanism: emptyText() };
    case 'trade':
      return { year, flow: 'turnover', amount: { currency: 'USD' } };
    case 'investment':
      return { direction: 'into-vietnam' };
    case 'people':
      return { topic: 'other' };
    case 'multilateral':
      return { forum: emptyText(), support: 'mutual' };
    case 'cooperation':
      return { area: emptyText() };
    case 'framework':
      return { framework: emptyText() };
    case 'relations':
    case 'milestone':
      return {};
  }
}

/** The officer's own knowledge: the source a new record starts with, the one that needs nothing but words. */
export function emptySource(): Record<string, unknown> {
  return { kind: 'knowledge', passage: '', confidence: 'medium' };
}

/** A new record of `kind` on `country`, with the id it will be saved under. */
export function newRecordDraft(id: string, kind: RecordKind, country: CountryCode, year: number): Record<string, unknown> {
  return { id, country, kind, title: emptyText(), summary: emptyText(), sources: [emptySource()], ...kindFieldsOf(kind, country, year) };
}

/** The draft after the officer picks another kind: what every kind has is kept, the rest starts again. */
export function withKind(record: Record<string, unknown>, kind: RecordKind, year: number): Record<string, unknown> {
  const { id, country, date, dateEnd, status, title, summary, sources, related } = record;
  const common = Object.fromEntries(Object.entries({ id, country, date, dateEnd, status, title, summary, sources, related }).filter(([, value]) => value !== undefined));
  return { ...common, kind, ...kindFieldsOf(kind, country as CountryCode, year) };
}
