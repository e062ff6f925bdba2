import type { CountrySummary } from '../../../app/shared/records/country-summary';
import { comparePartialDates } from '../../../app/shared/records/compare-partial-dates';
import { foldVietnamese } from '../../../app/shared/search/fold-vietnamese';
import type { Language } from '../../../app/shared/settings/settings-schema';

export type CountrySortKey = 'name' | 'records' | 'newest';
export type SortDirection = 'ascending' | 'descending';
export interface CountrySort {
  key: CountrySortKey;
  direction: SortDirection;
}

/** Names from A, the most records and the newest record first. */
const FIRST_DIRECTION: Record<CountrySortKey, SortDirection> = { name: 'ascending', records: 'descending', newest: 'descending' };

/** The order after a click on a column's sort button: the other direction of the same column, or a new column. */
export function nextSort(current: CountrySort, key: CountrySortKey): CountrySort {
  if (current.key !== key) return { key, direction: FIRST_DIRECTION[key] };
  return { key, direction: current.direction === 'ascending' ? 'descending' : 'ascending' };
}

/** The countries whose name (in either language) or code contains `query`, ignoring case and diacritics. */
export function filterCountries(rows: readonly CountrySummary[], query: string): CountrySummary[] {
  const wanted = foldVietnamese(query.trim());
  if (wanted === '') return [...rows];
  return rows.filter(({ country }) =>
    [country.name.vi, country.name.en, country.code].some((text) => foldVietnamese(text).includes(wanted)),
  );
}

export function sortCountries(rows: readonly CountrySummary[], sort: CountrySort, language: Language): CountrySummary[] {
  const collator = new Intl.Collator(language);
  const ascending: Record<CountrySortKey, (a: CountrySummary, b: CountrySummary) => number> = {
    name: (a, b) => collator.compare(a.country.name[language], b.country.name[language]),
    records: (a, b) => a.recordCount - b.recordCount,
    newest: (a, b) => comparePartialDates(a.newestDate, b.newestDate),
  };
  const compare = ascending[sort.key];
  const undatedLast = (a: CountrySummary, b: CountrySummary) =>
    sort.key === 'newest' ? Number(a.newestDate === undefined) - Number(b.newestDate === undefined) : 0;
  return [...rows].sort((a, b) => {
    const order = undatedLast(a, b) || (sort.direction === 'ascending' ? compare(a, b) : compare(b, a));
    return order !== 0 ? order : ascending.name(a, b);
  });
}
