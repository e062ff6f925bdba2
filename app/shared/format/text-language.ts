import type { Language } from '../settings/settings-schema';

/** Letters only Vietnamese writes: ă â đ ê ô ơ ư and the precomposed vowels with tone marks (U+1EA0–U+1EF9). */
const VIETNAMESE_LETTERS = /[ăâđêôơư\u1EA0-\u1EF9]/i;

/**
 * The language of a text the officer wrote (a note), for its `lang` attribute, so a screen reader reads
 * it with the right voice: Vietnamese when it holds a letter only Vietnamese uses, else English.
 */
export function textLanguage(text: string): Language {
  return VIETNAMESE_LETTERS.test(text.normalize('NFC')) ? 'vi' : 'en';
}
