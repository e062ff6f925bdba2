/** How deep blockquotes and lists may nest, and how long a run of emphasis marks may be, before the rest is text. */
export const MAX_MARKDOWN_NESTING = 8;
const MAX_INDENT = 4 * MAX_MARKDOWN_NESTING;

/** One container marker at the start of a line: a quote, or a bullet or number followed by a space. */
const CONTAINER_MARKER = /^[ \t]{0,3}(?:>|[-*+](?=[ \t])|\d{1,9}[.)](?=[ \t]))[ \t]?/;
const EMPHASIS_RUN = new RegExp(`([*_~])\\1{${MAX_MARKDOWN_NESTING},}`, 'g');

function boundLine(line: string): string {
  const indent = /^[ \t]*/.exec(line)?.[0] ?? '';
  let rest = indent.length > MAX_INDENT ? line.slice(indent.length - MAX_INDENT) : line;
  let prefix = '';
  for (let depth = 0; depth < MAX_MARKDOWN_NESTING; depth += 1) {
    const marker = CONTAINER_MARKER.exec(rest);
    if (!marker) break;
    prefix += marker[0];
    rest = rest.slice(marker[0].length);
  }
  // Deeper markers are shown as the characters they are.
  if (CONTAINER_MARKER.test(rest)) rest = rest.replace(/^([ \t]*)/, '$1\\');
  return prefix + rest.replace(EMPHASIS_RUN, (run) => run.replace(/./g, '\\$&'));
}

/**
 * Markdown whose nesting the parser can take: marked parses blockquotes, lists and emphasis recursively, and
 * a note of 2,000 `>` overflows its stack (deeply indented lists take it minutes). Beyond
 * `MAX_MARKDOWN_NESTING` levels the markers are escaped, so they show as text; the note itself is unchanged.
 */
export function boundMarkdownNesting(markdown: string): string {
  return markdown.split('\n').map(boundLine).join('\n');
}
