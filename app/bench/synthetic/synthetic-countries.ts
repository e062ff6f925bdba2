import type { Country } from '../../shared/records/record-schema';
import { bilingual } from './bilingual';
import type { SeededRandom } from './seeded-random';
import { placeNameSyllables, realPartners } from './vietnamese-words';

const VIETNAM = 'VN';
const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

function placeName(random: SeededRandom, syllables: number): string {
  const word = Array.from({ length: syllables }, () => random.pick(placeNameSyllables)).join('');
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** Unused two-letter codes, in a seeded order, for synthetic partners. */
function freeCodes(random: SeededRandom, taken: ReadonlySet<string>): string[] {
  const codes = [...LETTERS].flatMap((a) => [...LETTERS].map((b) => a + b)).filter((code) => !taken.has(code) && code !== VIETNAM);
  for (let i = codes.length - 1; i > 0; i -= 1) {
    const j = random.integer(0, i);
    [codes[i], codes[j]] = [codes[j] as string, codes[i] as string];
  }
  return codes;
}

/**
 * `count` partner countries: the real partners first (Vietnamese names with diacritics), then
 * synthetic ones with unused codes and made-up names, each with an official name and a capital.
 */
export function syntheticCountries(random: SeededRandom, count: number): Country[] {
  const countries: Country[] = realPartners.slice(0, count).map((partner) => ({
    code: partner.code,
    name: bilingual(partner.name, 'reviewed'),
    capital: bilingual(partner.capital, 'reviewed'),
  }));
  const usedNames = new Set(countries.map((country) => country.name.en));
  const codes = freeCodes(random, new Set(countries.map((country) => country.code)));
  let nextCode = 0;
  while (countries.length < count) {
    const name = placeName(random, random.integer(2, 3));
    if (usedNames.has(name)) continue;
    usedNames.add(name);
    const capital = placeName(random, 2);
    countries.push({
      code: codes[nextCode++] as string,
      name: bilingual({ vi: name, en: name }),
      officialName: bilingual({ vi: `Cộng hòa ${name}`, en: `Republic of ${name}` }),
      capital: bilingual({ vi: capital, en: capital }),
    });
  }
  return countries;
}
