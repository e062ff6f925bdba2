import { describe, expect, it } from 'vitest';
import type { SearchHit } from '../../../app/shared/search/search-hit';
import { groupHitsByCountry, hitLocation } from './group-hits';

const hit = (id: string, country: string, extra: Partial<SearchHit> = {}): SearchHit => ({
  type: 'record',
  id,
  country,
  kind: 'agreement',
  title: { vi: id, en: id },
  snippet: { vi: '', en: '' },
  score: 1,
  terms: [],
  ...extra,
});

describe('search results', () => {
  it('groups hits by country in the order of each country’s best hit', () => {
    const groups = groupHitsByCountry([hit('by-1', 'BY'), hit('az-1', 'AZ'), hit('by-2', 'BY')]);
    expect(groups.map((g) => [g.country, g.hits.map((h) => h.id)])).toEqual([
      ['BY', ['by-1', 'by-2']],
      ['AZ', ['az-1']],
    ]);
  });

  it('takes a country to its page, a record to its place on the country page, and a note to its record or country', () => {
    expect(hitLocation(hit('by-agreement-visa-exemption-2023', 'BY'))).toBe('/country/BY?record=by-agreement-visa-exemption-2023');
    expect(hitLocation(hit('note-1', 'AZ', { type: 'note', kind: 'note', recordId: 'az-relations-1992' }))).toBe(
      '/country/AZ?record=az-relations-1992&note=note-1',
    );
    expect(hitLocation(hit('note-2', 'KG', { type: 'note', kind: 'note' }))).toBe('/country/KG?note=note-2');
    expect(hitLocation(hit('RU', 'RU', { type: 'country', kind: 'country' }))).toBe('/country/RU');
  });
});
