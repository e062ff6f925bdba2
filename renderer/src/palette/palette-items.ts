import { foldVietnamese } from '../../../app/shared/search/fold-vietnamese';
import type { SearchHit } from '../../../app/shared/search/search-hit';
import { splitWords } from '../../../app/shared/search/split-words';
import type { Language } from '../../../app/shared/settings/settings-schema';
import { hitLocation } from '../search/group-hits';
import type { RecentItem } from './recent-items';

/** What choosing an item does. */
export type PaletteCommand =
  | { type: 'navigate'; to: string; remember?: RecentItem; focusSave?: boolean }
  | { type: 'language'; language: Language }
  | { type: 'theme'; theme: 'light' | 'dark' };

export type PaletteSection = 'countries' | 'actions' | 'recent' | 'results';
export const paletteSections: readonly PaletteSection[] = ['countries', 'actions', 'recent', 'results'];

export interface PaletteItem {
  key: string;
  section: PaletteSection;
  label: string;
  detail?: string;
  command: PaletteCommand;
}

/** A palette text in the app's language; `alternate` is the same text in the other language, matched too. */
export type PaletteText = (key: string, params?: Record<string, string>) => { shown: string; alternate: string };

export interface PaletteInput {
  query: string;
  /** What the search found for the query, countries first. */
  hits: readonly SearchHit[];
  recent: readonly RecentItem[];
  language: Language;
  countryName: (code: string) => string;
  text: PaletteText;
}

/** Countries whose actions are offered without the query naming them. */
const COUNTRIES_WITH_ACTIONS = 2;

/** True when every word of the query starts a word of one of `texts`, diacritics and case ignored. */
export function matchesQuery(query: string, texts: readonly string[]): boolean {
  const wanted = splitWords(query).map(foldVietnamese);
  const words = texts.flatMap((text) => splitWords(text).map(foldVietnamese));
  return wanted.every((word) => words.some((candidate) => candidate.startsWith(word)));
}

function item(key: string, section: PaletteSection, label: { shown: string; alternate: string }, command: PaletteCommand) {
  return { key, section, label: label.shown, command, texts: [label.shown, label.alternate] };
}

function countryActions(code: string, input: PaletteInput) {
  const country = input.countryName(code);
  return [
    ...(['vi', 'en'] as const).map((language) =>
      item(`brief-${code}-${language}`, 'actions', input.text('brief', { country, language: language.toUpperCase() }), {
        type: 'navigate',
        to: `/country/${code}/brief?lang=${language}`,
        focusSave: true,
      }),
    ),
    item(`note-${code}`, 'actions', input.text('newNote', { country }), { type: 'navigate', to: `/country/${code}?new-note` }),
  ];
}

function recentEntry(recent: RecentItem, input: PaletteInput) {
  const country = input.countryName(recent.country);
  if (recent.type === 'country') {
    return item(`recent-country-${recent.country}`, 'recent', { shown: country, alternate: recent.country }, {
      type: 'navigate',
      to: `/country/${recent.country}`,
    });
  }
  if (recent.type === 'brief') {
    return item(`recent-brief-${recent.country}`, 'recent', input.text('recentBrief', { country }), {
      type: 'navigate',
      to: `/country/${recent.country}/brief`,
    });
  }
  const to = hitLocation({ type: 'note', id: recent.id, country: recent.country, recordId: recent.recordId });
  return item(`recent-note-${recent.id}`, 'recent', { shown: recent.title, alternate: country }, { type: 'navigate', to, remember: recent });
}

/**
 * The palette's list for a query, in order: the countries it names (by name, capital or place), the
 * actions (a country's brief in either language, a note on it, a binder, the other language, the other
 * theme), the items opened lately, then the records and notes found.
 */
export function paletteItems(input: PaletteInput, theme: 'light' | 'dark'): PaletteItem[] {
  const { query, hits, recent } = input;
  const blank = query.trim() === '';
  const countries = hits.filter((hit) => hit.type === 'country');
  const named = new Set(countries.map((hit) => hit.country));
  const countryItems = countries.map((hit) => ({
    ...item(`country-${hit.country}`, 'countries', { shown: hit.title[input.language], alternate: '' }, {
      type: 'navigate',
      to: `/country/${hit.country}`,
    }),
    detail: hit.snippet[input.language],
  }));
  const recentCountries = [...new Set(recent.map((entry) => entry.country))].filter((code) => !named.has(code));
  const otherLanguage = input.language === 'vi' ? 'en' : 'vi';
  const otherTheme = theme === 'dark' ? 'light' : 'dark';
  const general = [
    item('binder', 'actions', input.text('newBinder'), { type: 'navigate', to: '/binder' }),
    item('language', 'actions', input.text(`switchTo.${otherLanguage}`), { type: 'language', language: otherLanguage }),
    item('theme', 'actions', input.text(`theme.${otherTheme}`), { type: 'theme', theme: otherTheme }),
  ];
  const matching = <T extends { texts: string[] }>(items: T[]) => items.filter((entry) => matchesQuery(query, entry.texts));
  const actions = [
    ...countries.slice(0, COUNTRIES_WITH_ACTIONS).flatMap((hit) => countryActions(hit.country, input)),
    ...(blank ? [] : matching(recentCountries.flatMap((code) => countryActions(code, input)))),
    ...matching(general),
  ];
  const results = hits
    .filter((hit) => hit.type !== 'country')
    .map((hit) => ({
      ...item(`${hit.type}-${hit.id}`, 'results', { shown: hit.title[input.language], alternate: '' }, {
        type: 'navigate',
        to: hitLocation(hit),
        remember:
          hit.type === 'note'
            ? { type: 'note', country: hit.country, id: hit.id, title: hit.title[input.language], recordId: hit.recordId }
            : undefined,
      }),
      detail: `${input.countryName(hit.country)} · ${hit.snippet[input.language]}`,
    }));
  return [...countryItems, ...actions, ...matching(recent.map((entry) => recentEntry(entry, input))), ...results].map(
    ({ texts: _texts, ...entry }) => entry,
  );
}
