import { describe, expect, it } from 'vitest';
import placeNamesFile from '../../../resources/search/place-names.json';
import { loadBundledDataset } from '../records/load-bundled-dataset';
import { createCountrySearch } from './country-search';
import { bundledPlaceNames, toPlaceNames } from './place-names';

const countries = (await loadBundledDataset()).countries;
const search = createCountrySearch(countries, bundledPlaceNames());
const codes = (query: string) => search.search(query).map((hit) => hit.id);

describe('countries found by what officers type', () => {
  it.each([
    ['azer', 'AZ'],
    ['azerbaijan', 'AZ'],
    ['Baku', 'AZ'],
    ['moscow', 'RU'],
    ['Mát-xcơ-va', 'RU'],
    ['mat xco va', 'RU'],
    ['matxcova', 'RU'],
    ['Nga', 'RU'],
    ['Russia', 'RU'],
    ['liên bang nga', 'RU'],
    ['Bê-la-rút', 'BY'],
    ['minsk', 'BY'],
    ['cu ro gu xtan', 'KG'],
    ['ca dac xtan', 'KZ'],
    ['almaty', 'KZ'],
  ])('"%s" finds %s first', (query, code) => {
    expect(codes(query)[0]).toBe(code);
  });

  it('describes the country with its official name and capital, in both languages, and marks what matched', () => {
    expect(search.search('moscow')[0]).toEqual({
      type: 'country',
      id: 'RU',
      country: 'RU',
      kind: 'country',
      title: { vi: 'Nga', en: 'Russia' },
      snippet: { vi: 'Liên bang Nga · Mát-xcơ-va', en: 'Russian Federation · Moscow' },
      score: 3,
      terms: ['Moscow'],
    });
    expect(search.search('ba cu')[0]?.snippet.vi).toBe('Cộng hòa Azerbaijan · Baku · Ba-cu');
  });

  it('finds nothing for one letter, a word that starts no name, or a finished word inside a name', () => {
    expect(codes('a')).toEqual([]);
    expect(codes('quan he')).toEqual([]);
    expect(codes('zerbaijan')).toEqual([]);
    expect(codes('azer ')).toEqual([]);
    expect(codes('azer')).toEqual(['AZ']);
  });

  it('keeps to one country when asked', () => {
    expect(search.search('moscow', 'AZ')).toEqual([]);
  });

  it('ships a place names file that validates, and refuses one that does not', () => {
    expect(toPlaceNames(placeNamesFile).get('RU')).toContain('Mạc Tư Khoa');
    expect(() => toPlaceNames({ schemaVersion: 1, countries: { ru: ['Moskva'] } })).toThrow();
  });
});
