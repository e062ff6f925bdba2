import DOMPurify from 'dompurify';
import { Marked } from 'marked';
import { isWebLink } from '../../../app/shared/links/web-link';
import { boundMarkdownNesting } from './bound-markdown-nesting';

/** What a note's Markdown may become: text structure and links, nothing that runs, loads or submits. */
const ALLOWED_TAGS = [
  'p', 'br', 'hr', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'strong', 'em', 'del', 's', 'code', 'pre',
  'blockquote', 'ul', 'ol', 'li', 'a', 'table', 'thead', 'tbody', 'tr', 'th', 'td',
];
const ALLOWED_ATTR = ['href', 'title', 'start', 'align'];

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

/**
 * Raw HTML in a note is shown as the text it is, and images as their alt text (no remote images, no
 * data: payloads): a note is words, not a web page. The sanitizer below is the second line of defence.
 */
const marked = new Marked({
  gfm: true,
  breaks: true,
  async: false,
  renderer: {
    html: ({ text }) => escapeHtml(text),
    image: ({ text }) => escapeHtml(text),
  },
});

const purify = DOMPurify(window);
/** Only web links (the app's one rule) keep their address; any other link is left as its text. */
purify.addHook('afterSanitizeAttributes', (node) => {
  if (node.hasAttribute('href') && !isWebLink(node.getAttribute('href'))) node.removeAttribute('href');
});

/**
 * A note's Markdown as inert HTML: no scripts, event handlers, frames, forms, SVG, images or non-web links;
 * nesting bounded, so no note can overflow the parser.
 */
export function renderNoteMarkdown(markdown: string): string {
  const html = marked.parse(boundMarkdownNesting(markdown), { async: false });
  return purify.sanitize(html, {
    ALLOWED_TAGS,
    ALLOWED_ATTR,
    ALLOW_DATA_ATTR: false,
    ALLOW_ARIA_ATTR: false,
    ALLOW_UNKNOWN_PROTOCOLS: false,
    RETURN_TRUSTED_TYPE: false,
  });
}
