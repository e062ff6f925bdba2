import { describe, expect, it } from 'vitest';
import type { SearchHit } from '../../../app/shared/search/search-hit';
import { matchesQuery, paletteItems, type PaletteInput } from './palette-items';

const english: Record<string, string> = {
  brief: 'Brief: {{country}} ({{language}})',
  recentBrief: 'Brief: {{country}}',
  newNote: 'New note on {{country}}',
  newBinder: 'New binder',
  'switchTo.en': 'Switch to English',
  'switchTo.vi': 'Switch to Vietnamese',
  'theme.dark': 'Use the dark theme',
  'theme.light': 'Use the light theme',
};
const vietnamese: Record<string, string> = { ...english, newBinder: 'Tập tài liệu mới', 'switchTo.vi': 'Chuyển sang tiếng Việt' };
const fill = (template: string | undefined, params: Record<string, string> = {}) =>
  (template ?? '').replace(/\{\{(\w+)\}\}/g, (_, name: string) => params[name] ?? '');

const hit = (extra: Partial<SearchHit>): SearchHit => ({
  type: 'record',
  id: 'az-relations-1992',
  country: 'AZ',
  kind: 'relations',
  title: { vi: 'Thiết lập quan hệ', en: 'Relations established' },
  snippet: { vi: '', en: '' },
  score: 1,
  terms: [],
  ...extra,
});
const azerbaijan = hit({ type: 'country', id: 'AZ', kind: 'country', title: { vi: 'Azerbaijan', en: 'Azerbaijan' } });

function input(query: string, extra: Partial<PaletteInput> = {}): PaletteInput {
  return {
    query,
    hits: [],
    recent: [],
    language: 'en',
    countryName: (code) => ({ AZ: 'Azerbaijan', KG: 'Kyrgyzstan' })[code] ?? code,
    text: (key, params) => ({ shown: fill(english[key], params), alternate: fill(vietnamese[key], params) }),
    ...extra,
  };
}
const labels = (query: string, extra: Partial<PaletteInput> = {}) => paletteItems(input(query, extra), 'light').map((item) => item.label);

describe('the command palette’s list', () => {
  it('puts a country the query names first, then its brief in either language and a note on it, then the results', () => {
    const items = paletteItems(input('azer', { hits: [azerbaijan, hit({})] }), 'light');
    expect(items.map((item) => [item.section, item.label])).toEqual([
      ['countries', 'Azerbaijan'],
      ['actions', 'Brief: Azerbaijan (VI)'],
      ['actions', 'Brief: Azerbaijan (EN)'],
      ['actions', 'New note on Azerbaijan'],
      ['results', 'Relations established'],
    ]);
    expect(items[1]?.command).toEqual({ type: 'navigate', to: '/country/AZ/brief?lang=vi', focusSave: true });
    expect(items[4]?.command).toEqual({ type: 'navigate', to: '/country/AZ?record=az-relations-1992', remember: undefined });
  });

  it('offers the actions whose label, in either language, the query starts, diacritics optional', () => {
    expect(labels('english', { language: 'vi' })).toEqual(['Switch to English']);
    expect(labels('chuyen sang tieng viet')).toEqual(['Switch to Vietnamese']);
    expect(labels('tap tai')).toEqual(['New binder']);
    expect(labels('dark')).toEqual(['Use the dark theme']);
    expect(paletteItems(input('theme'), 'dark').map((item) => item.label)).toEqual(['Use the light theme']);
    expect(labels('vietnamese', { language: 'vi' })).toEqual([]);
  });

  it('lists recent items when nothing is typed, and the actions of a recent country that the query names', () => {
    const recent = [
      { type: 'country' as const, country: 'KG' },
      { type: 'note' as const, country: 'AZ', id: 'note-1', title: 'Gặp Đại sứ' },
    ];
    expect(labels('', { recent })).toEqual(['New binder', 'Switch to Vietnamese', 'Use the dark theme', 'Kyrgyzstan', 'Gặp Đại sứ']);
    expect(labels('brief kyr', { recent })).toEqual(['Brief: Kyrgyzstan (VI)', 'Brief: Kyrgyzstan (EN)']);
    expect(labels('gap dai', { recent })).toEqual(['Gặp Đại sứ']);
  });

  it('matches each query word to the start of a word', () => {
    expect(matchesQuery('sw eng', ['Switch to English'])).toBe(true);
    expect(matchesQuery('witch', ['Switch to English'])).toBe(false);
  });
});
