import { ambiguousNames, countryAliases, leaderNames, organisationNames, placesWithCountryNames } from './country-names';
import { translitKey, transliterationMatch } from './transliteration-key';

/** A country named (or implied by its leader's name) in a sentence; offsets relative to the sentence. */
export interface CountryMention {
  start: number;
  end: number;
  code: string;
  via: 'name' | 'transliteration' | 'leader';
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function regionCodes(): string[] {
  const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
  const english = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'code' });
  return [...letters].flatMap((a) => [...letters].map((b) => a + b)).filter((code) => english.of(code) !== code && !['EU', 'EZ', 'UN', 'QO', 'XA', 'XB', 'XK', 'ZZ', 'DD', 'SU', 'YU', 'CS', 'FX', 'BU', 'ZR', 'TP', 'NT', 'AN'].includes(code));
}

interface Lexicon {
  regex: RegExp;
  codeOf: Map<string, { code: string; via: CountryMention['via'] }>;
  /** Hyphenated transliterations' keys, for the names no list spells out. */
  keys: { key: string; code: string }[];
}

let lexicon: Lexicon | undefined;
function buildLexicon(): Lexicon {
  const codeOf = new Map<string, { code: string; via: CountryMention['via'] }>();
  const keys: { key: string; code: string }[] = [];
  for (const language of ['vi', 'en']) {
    const names = new Intl.DisplayNames([language], { type: 'region' });
    for (const code of regionCodes()) {
      const name = names.of(code);
      if (name && name.length > 2 && !codeOf.has(name)) codeOf.set(name, { code, via: 'name' });
      if (name && language === 'en') keys.push({ key: translitKey(name), code });
    }
  }
  for (const [code, names] of Object.entries(countryAliases)) {
    for (const name of names) codeOf.set(name, { code, via: name.includes('-') ? 'transliteration' : 'name' });
  }
  for (const [code, names] of Object.entries(leaderNames)) for (const name of names) codeOf.set(name, { code, via: 'leader' });
  const alternatives = [...codeOf.keys()].sort((a, b) => b.length - a.length).map(escape);
  const regex = new RegExp(`(?<![\\p{L}\\d])(?:${alternatives.join('|')})(?![\\p{L}\\d]|-\\p{Ll})`, 'gu');
  return { regex, codeOf, keys };
}

const HONORIFIC = /(?:^|\s)(?:đô[ -]?la|ông|bà|chị|anh|em|cô|chú|bác|đồng chí|nghệ sĩ|ca sĩ|NSND|NSƯT|nhà báo|Mr\.?|Mrs\.?|Ms\.?)\s+$/u;
const PLACE_NOUN = /(?:^|\s)(?:tỉnh|thành phố|huyện|quận|xã|phường|thị xã|thị trấn|làng|thôn|sông|núi|đường|phố|cửa khẩu|sân bay|ga)\s+$/iu;
const CAPITALISED_WORD_BEFORE = /\p{Lu}[\p{L}]*\s+$/u;
const VIETNAMESE_SYLLABLE_AFTER = /^\s+\p{Lu}\p{Ll}*[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]/u;
const PLACES = new Set(placesWithCountryNames);
const NEXT_WORD = /^\s+([\p{L}]+(?: [\p{L}]+)?)/u;

/** A one-syllable name ("Nga", "Lào", "Đức") that is part of a person's or a place's name here, not a country. */
function isNamePart(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 40), start);
  const after = text.slice(end, end + 30);
  const name = text.slice(start, end);
  const next = NEXT_WORD.exec(after)?.[1] ?? '';
  if (PLACES.has(`${name} ${next.split(' ')[0]}`) || PLACES.has(`${name} ${next}`)) return true;
  if (CAPITALISED_WORD_BEFORE.test(before) && !/[-–—]\s*$/.test(before)) return true;
  if (HONORIFIC.test(before) || PLACE_NOUN.test(before)) return true;
  const atClauseStart = before.trim() === '' || /[,.;:(“"]\s*$/.test(before);
  return atClauseStart && VIETNAMESE_SYLLABLE_AFTER.test(after);
}

/**
 * Every country a sentence names: CLDR names in Vietnamese and English, the usual short forms and
 * transliterations, a partner's leader; not a country name inside a person's or a place's name.
 */
export function recognizeCountries(text: string): CountryMention[] {
  lexicon ??= buildLexicon();
  const mentions: CountryMention[] = [];
  lexicon.regex.lastIndex = 0;
  for (let m = lexicon.regex.exec(text); m; m = lexicon.regex.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    if (ambiguousNames.has(m[0]) && isNamePart(text, start, end)) continue;
    const entry = lexicon.codeOf.get(m[0])!;
    mentions.push({ start, end, code: entry.code, via: entry.via });
  }
  for (const m of text.matchAll(/(?<![\p{L}-])\p{Lu}\p{Ll}*(?:-\p{Ll}+){2,}(?![\p{L}-])/gu)) {
    if (mentions.some((x) => m.index >= x.start && m.index < x.end)) continue;
    const code = transliterationMatch(m[0], lexicon.keys);
    if (code) mentions.push({ start: m.index, end: m.index + m[0].length, code, via: 'transliteration' });
  }
  return mentions.sort((a, b) => a.start - b.start);
}

const ORGANISATIONS = new RegExp(`(?<![\\p{L}\\d])(?:${[...organisationNames].sort((a, b) => b.length - a.length).map(escape).join('|')})(?![\\p{L}\\d])`, 'gu');

/** Whether a sentence names an international organisation (ASEAN, the IPU, the UN, the EAEU…). */
export function namesOrganisation(text: string): boolean {
  ORGANISATIONS.lastIndex = 0;
  return ORGANISATIONS.test(text);
}
