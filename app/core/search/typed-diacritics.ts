import { foldVietnamese } from '../../shared/search/fold-vietnamese';
import { isWordSeparator } from '../../shared/search/split-words';

/**
 * Matching ignores diacritics; ranking honours the ones the officer typed. A query word typed with
 * diacritics ('dầu') is matched as typed by a document containing exactly that word, in lower case,
 * capitalized or upper case ('Dầu' counts, 'đầu' and 'dấu' do not); the last query word, still being
 * typed, may also be the start of a word. Hits are ranked first by how many query words they match as
 * typed, then by relevance. Words typed without diacritics ('dau') match every variant alike and do not
 * affect the ranking. Texts are compared in NFC, the form the app stores.
 */
export interface TypedWord {
  /** The word as it may be written: lower case, capitalized, upper case (NFC). */
  forms: string[];
  asPrefix: boolean;
}

/** The ways a lower-case word may be written: as is, capitalized, upper case. */
export function writtenForms(word: string): string[] {
  return [...new Set([word, word.charAt(0).toUpperCase() + word.slice(1), word.toUpperCase()])];
}

/** The query words typed with diacritics (or đ); `queryWords` are lower case NFC, in query order. */
export function wordsTypedWithDiacritics(queryWords: readonly string[], lastWordAsPrefix: boolean): TypedWord[] {
  return queryWords.flatMap((word, index) =>
    word === foldVietnamese(word)
      ? []
      : [{ forms: writtenForms(word), asPrefix: lastWordAsPrefix && index === queryWords.length - 1 }],
  );
}

function containsForm(text: string, form: string, asPrefix: boolean): boolean {
  for (let at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + 1)) {
    if (isWordSeparator(text[at - 1]) && (asPrefix || isWordSeparator(text[at + form.length]))) return true;
  }
  return false;
}

/** How many of `typedWords` a document with these `texts` matches as typed. */
export function countMatchedAsTyped(texts: readonly string[], typedWords: readonly TypedWord[]): number {
  let count = 0;
  for (const { forms, asPrefix } of typedWords) {
    if (texts.some((text) => forms.some((form) => containsForm(text, form, asPrefix)))) count += 1;
  }
  return count;
}

/**
 * One number that orders hits by the rule above: the count of words matched as typed, plus the
 * relevance squashed into [0, 1) so that it only orders hits within the same count.
 */
export function rankingScore(matchedAsTyped: number, relevance: number): number {
  return matchedAsTyped + relevance / (1 + relevance);
}
