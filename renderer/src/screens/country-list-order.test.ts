import { describe, expect, it } from 'vitest';
import type { CountrySummary } from '../../../app/shared/records/country-summary';
import { filterCountries, nextSort, sortCountries } from './country-list-order';

const summary = (code: string, vi: string, en: string, recordCount: number, newestDate?: string): CountrySummary => ({
  country: { code, name: { vi, en, translation: 'ours' } },
  recordCount,
  newestDate,
  framework: undefined,
});

const rows = [
  summary('RU', 'Liên bang Nga', 'Russia', 17, '2025-05'),
  summary('AZ', 'Azerbaijan', 'Azerbaijan', 23, '2025-05-12'),
  summary('KZ', 'Ca-dắc-xtan', 'Kazakhstan', 3),
  summary('BY', 'Belarus', 'Belarus', 26, '2024'),
];
const codes = (list: CountrySummary[]) => list.map((row) => row.country.code);

describe('the start screen order', () => {
  it('filters on either name or the code, ignoring case and diacritics', () => {
    expect(codes(filterCountries(rows, 'lien bang'))).toEqual(['RU']);
    expect(codes(filterCountries(rows, 'RUSS'))).toEqual(['RU']);
    expect(codes(filterCountries(rows, 'dac'))).toEqual(['KZ']);
    expect(codes(filterCountries(rows, ' by '))).toEqual(['BY']);
    expect(codes(filterCountries(rows, ''))).toHaveLength(4);
  });

  it('sorts by name in the current language, by records and by newest record (undated last)', () => {
    expect(codes(sortCountries(rows, { key: 'name', direction: 'ascending' }, 'vi'))).toEqual(['AZ', 'BY', 'KZ', 'RU']);
    expect(codes(sortCountries(rows, { key: 'name', direction: 'ascending' }, 'en'))).toEqual(['AZ', 'BY', 'KZ', 'RU']);
    expect(codes(sortCountries(rows, { key: 'name', direction: 'descending' }, 'en'))).toEqual(['RU', 'KZ', 'BY', 'AZ']);
    expect(codes(sortCountries(rows, { key: 'records', direction: 'descending' }, 'en'))).toEqual(['BY', 'AZ', 'RU', 'KZ']);
    expect(codes(sortCountries(rows, { key: 'newest', direction: 'ascending' }, 'en'))).toEqual(['BY', 'RU', 'AZ', 'KZ']);
    expect(codes(sortCountries(rows, { key: 'newest', direction: 'descending' }, 'en'))).toEqual(['AZ', 'RU', 'BY', 'KZ']);
  });

  it('turns a column around on a second click, and starts a new column in its natural direction', () => {
    expect(nextSort({ key: 'name', direction: 'ascending' }, 'name')).toEqual({ key: 'name', direction: 'descending' });
    expect(nextSort({ key: 'name', direction: 'ascending' }, 'records')).toEqual({ key: 'records', direction: 'descending' });
  });
});
