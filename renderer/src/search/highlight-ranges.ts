import { isWordSeparator } from '../../../app/shared/search/split-words';

export interface TextPart {
  text: string;
  matched: boolean;
}

/** Splits `text` into parts, marking each whole-word occurrence of one of `words` (as written) as matched. */
export function highlightParts(text: string, words: readonly string[]): TextPart[] {
  const ranges: [number, number][] = [];
  for (const word of words) {
    if (word === '') continue;
    for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + word.length)) {
      if (isWordSeparator(text[at - 1]) && isWordSeparator(text[at + word.length])) ranges.push([at, at + word.length]);
    }
  }
  ranges.sort((a, b) => a[0] - b[0]);
  const parts: TextPart[] = [];
  let position = 0;
  for (const [start, end] of ranges) {
    if (start < position) continue;
    if (start > position) parts.push({ text: text.slice(position, start), matched: false });
    parts.push({ text: text.slice(start, end), matched: true });
    position = end;
  }
  if (position < text.length) parts.push({ text: text.slice(position), matched: false });
  return parts;
}
