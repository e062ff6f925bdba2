import type { BilingualText } from '../../shared/records/bilingual-text';
import type { Country, CountryCode } from '../../shared/records/record-schema';
import { foldVietnamese } from '../../shared/search/fold-vietnamese';
import type { SearchHit } from '../../shared/search/search-hit';
import { isWordSeparator, splitWords } from '../../shared/search/split-words';
import type { PlaceNames } from './place-names';

/** One name a country goes by, as written and as its folded words run together, with where each word starts. */
interface NameForm {
  written: string;
  joined: string;
  wordStarts: number[];
}

interface CountryEntry {
  country: Country;
  forms: NameForm[];
}

/** Queries shorter than this (folded, spaces left out) find no country: one letter starts too many names. */
const MIN_QUERY_LETTERS = 2;
/** How a name matches: the whole name, its start, the start of a later word in it. */
const WHOLE_NAME = 3;
const NAME_START = 2;
const LATER_WORD = 1;

function nameForm(written: string): NameForm {
  const words = splitWords(written).map(foldVietnamese);
  const wordStarts: number[] = [];
  let joined = '';
  for (const word of words) {
    wordStarts.push(joined.length);
    joined += word;
  }
  return { written, joined, wordStarts };
}

function bilingualNames(text: BilingualText | undefined): string[] {
  return text === undefined ? [] : [text.vi, text.en];
}

/**
 * How well `form` matches the query's folded letters `typed` (0: not at all). The query may leave out the
 * spaces and hyphens of a name ('matxcova', 'mat xco va' and 'Mát-xcơ-va' alike) and, while still being
 * typed, stop inside a word; it must start where one of the name's words starts.
 */
function formMatch(form: NameForm, typed: string, stillTyping: boolean): number {
  let best = 0;
  for (const start of form.wordStarts) {
    if (!form.joined.startsWith(typed, start)) continue;
    const end = start + typed.length;
    const endsWord = end === form.joined.length || form.wordStarts.includes(end);
    if (!stillTyping && !endsWord) continue;
    const quality = start > 0 ? LATER_WORD : end === form.joined.length ? WHOLE_NAME : NAME_START;
    best = Math.max(best, quality);
  }
  return best;
}

function joinWithDot(...parts: (string | undefined)[]): string {
  return [...new Set(parts.filter((part): part is string => part !== undefined && part !== ''))].join(' · ');
}

function countryHit(country: Country, matched: NameForm, score: number): SearchHit {
  const shown = [...bilingualNames(country.name), ...bilingualNames(country.officialName), ...bilingualNames(country.capital)];
  const extra = shown.includes(matched.written) ? undefined : matched.written;
  return {
    type: 'country',
    id: country.code,
    country: country.code,
    kind: 'country',
    title: { vi: country.name.vi, en: country.name.en },
    snippet: {
      vi: joinWithDot(country.officialName?.vi, country.capital?.vi, extra),
      en: joinWithDot(country.officialName?.en, country.capital?.en, extra),
    },
    score,
    terms: splitWords(matched.written),
  };
}

/** Finds countries by what officers type for them: their names and capitals in both languages, and `placeNames`. */
export interface CountrySearch {
  /** The countries the query names, best match first; within `country` only, when given. */
  search(query: string, country?: CountryCode): SearchHit[];
}

export function createCountrySearch(countries: readonly Country[], placeNames: PlaceNames): CountrySearch {
  const entries: CountryEntry[] = countries.map((country) => ({
    country,
    forms: [
      ...bilingualNames(country.name),
      ...bilingualNames(country.officialName),
      ...bilingualNames(country.capital),
      ...(placeNames.get(country.code) ?? []),
    ].map((written) => nameForm(written.normalize('NFC'))),
  }));
  return {
    search(query, only) {
      const typed = splitWords(query).map(foldVietnamese).join('');
      if (typed.length < MIN_QUERY_LETTERS) return [];
      const stillTyping = !isWordSeparator(query.at(-1));
      const hits: SearchHit[] = [];
      for (const { country, forms } of entries) {
        if (only !== undefined && country.code !== only) continue;
        let best: { form: NameForm; quality: number } | undefined;
        for (const form of forms) {
          const quality = formMatch(form, typed, stillTyping);
          if (quality > (best?.quality ?? 0)) best = { form, quality };
        }
        if (best !== undefined) hits.push(countryHit(country, best.form, best.quality));
      }
      return hits.sort((a, b) => b.score - a.score);
    },
  };
}
