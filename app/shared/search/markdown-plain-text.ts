const BLOCK_MARKERS = /^\s*(?:#{1,6}\s+|>\s*|[-*+]\s+(?:\[[ xX]\]\s+)?|\d+[.)]\s+)*/;
const LINK = /!?\[([^\]]*)\]\([^)]*\)/g;
const INLINE_MARKERS = /[*_`~]+|<\/?[a-zA-Z][^>]*>/g;

/** One line of Markdown as the reader sees it: no heading, quote or list markers, no emphasis or code marks. */
export function markdownLineToPlainText(line: string): string {
  return line.replace(BLOCK_MARKERS, '').replace(LINK, '$1').replace(INLINE_MARKERS, '').trim();
}

/** Markdown as running plain text: each line made plain, empty lines dropped, joined by spaces. */
export function markdownToPlainText(markdown: string): string {
  return markdown
    .split('\n')
    .map(markdownLineToPlainText)
    .filter((line) => line !== '')
    .join(' ');
}
