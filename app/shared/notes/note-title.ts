import { markdownLineToPlainText } from '../search/markdown-plain-text';

const NOTE_TITLE_MAX_LENGTH = 80;

/** A note's title: its first non-empty line without Markdown markers, cut at a word near 80 characters. */
export function noteTitle(body: string): string {
  const firstLine = body
    .split('\n')
    .map(markdownLineToPlainText)
    .find((line) => line !== '');
  if (firstLine === undefined) return '';
  if (firstLine.length <= NOTE_TITLE_MAX_LENGTH) return firstLine;
  const cut = firstLine.slice(0, NOTE_TITLE_MAX_LENGTH);
  const lastSpace = cut.lastIndexOf(' ');
  return `${lastSpace > 0 ? cut.slice(0, lastSpace) : cut}…`;
}
