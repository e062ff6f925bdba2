import { isWordSeparator, splitWords } from '../../shared/search/split-words';

const SNIPPET_MAX_LENGTH = 160;
const CONTEXT_BEFORE_MATCH = 40;

/** The words of `texts`, as written, whose folded form is one of `foldedTerms`; each once, in order. */
export function wordsMatchingTerms(
  texts: readonly string[],
  foldedTerms: ReadonlySet<string>,
  foldWord: (word: string) => string,
): string[] {
  const found = new Set<string>();
  for (const text of texts) {
    for (const word of splitWords(text)) if (foldedTerms.has(foldWord(word))) found.add(word);
  }
  return [...found];
}

function firstWholeWordAt(text: string, words: readonly string[]): number {
  let first = -1;
  for (const word of words) {
    for (let at = text.indexOf(word); at >= 0 && (first < 0 || at < first); at = text.indexOf(word, at + 1)) {
      if (isWordSeparator(text[at - 1]) && isWordSeparator(text[at + word.length])) {
        first = at;
        break;
      }
    }
  }
  return first;
}

/**
 * Up to 160 characters of `text` showing the first of `words` it contains (or its start), cut at spaces,
 * with an ellipsis where text was left out.
 */
export function excerptAround(text: string, words: readonly string[]): string {
  if (text.length <= SNIPPET_MAX_LENGTH) return text;
  const matchAt = firstWholeWordAt(text, words);
  let start = 0;
  if (matchAt > SNIPPET_MAX_LENGTH - CONTEXT_BEFORE_MATCH) {
    start = Math.min(matchAt - CONTEXT_BEFORE_MATCH, text.length - SNIPPET_MAX_LENGTH);
    const space = text.indexOf(' ', start);
    start = space >= 0 && space < matchAt ? space + 1 : matchAt;
  }
  let end = Math.min(start + SNIPPET_MAX_LENGTH, text.length);
  if (end < text.length) {
    const space = text.lastIndexOf(' ', end);
    if (space > start + SNIPPET_MAX_LENGTH / 2) end = space;
  }
  return `${start > 0 ? '…' : ''}${text.slice(start, end).trim()}${end < text.length ? '…' : ''}`;
}
