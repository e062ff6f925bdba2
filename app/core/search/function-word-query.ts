import { foldVietnamese } from '../../shared/search/fold-vietnamese';
import { countMatchedAsTyped, writtenForms, type TypedWord } from './typed-diacritics';

/**
 * Vietnamese function words, folded: the conjunctions, prepositions, classifiers and particles that
 * nearly every text holds ('và', 'của', 'các'…). Folded, several are also other words ('va' is 'và', 'vá'
 * and the end of 'Mát-xcơ-va'), so a query of nothing else would match every record.
 */
const FUNCTION_WORDS = new Set([
  'va', 'cua', 'cac', 'nhung', 'la', 'voi', 'cho', 'trong', 'tai', 'theo', 'tu', 've', 'den', 'de', 'mot',
  'duoc', 'da', 'se', 'dang', 'nay', 'do', 'khi', 'thi', 'ma', 'hay', 'hoac', 'cung', 'nhu', 'o', 'vao',
]);

/** True when every query word is a function word ('va', 'và của'). */
export function isFunctionWordQuery(queryWords: readonly string[]): boolean {
  return queryWords.length > 0 && queryWords.every((word) => FUNCTION_WORDS.has(foldVietnamese(word)));
}

/**
 * A query of function words only is matched as written, not folded: 'va' finds 'Mát-xcơ-va' but not every
 * 'và', and 'dầ', still being typed, finds 'dầu'. `queryWords` are lower case NFC; the last may be the
 * start of a word when `lastAsPrefix`.
 */
export function matchesAsWritten(texts: readonly string[], queryWords: readonly string[], lastAsPrefix = false): boolean {
  const typed: TypedWord[] = queryWords.map((word, index) => ({
    forms: writtenForms(word),
    asPrefix: lastAsPrefix && index === queryWords.length - 1,
  }));
  return countMatchedAsTyped(texts, typed) === typed.length;
}
