import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { assembleCleanedArticle, type CleanedArticle, type PageBlock } from './article-blocks';
import type { BlockRole } from './classify-block';
import { readHtmlMetadata, type PageMetadata } from './read-html-metadata';

const BLOCK_SELECTOR = 'p, h1, h2, h3, h4, h5, h6, li, figcaption, blockquote, td, pre';

function roleOf(element: Element): BlockRole {
  const tag = element.tagName.toLowerCase();
  if (/^h[1-6]$/.test(tag)) return 'heading';
  if (tag === 'li') return 'list-item';
  if (tag === 'figcaption' || element.closest('figcaption, .caption, .PhotoCMS_Caption, .image-caption') !== null) return 'caption';
  if (tag === 'blockquote') return 'quote';
  return 'paragraph';
}

/** The blocks of an element, in order; a block inside another block is part of it. */
function blocksOf(root: Element): PageBlock[] {
  const elements = [...root.querySelectorAll(BLOCK_SELECTOR)].filter((element) => !element.parentElement?.closest(BLOCK_SELECTOR));
  if (elements.length === 0) return [{ text: root.textContent ?? '' }];
  return elements.map((element) => ({ text: element.textContent ?? '', role: roleOf(element) }));
}

/** Leaf text containers of the whole page (paragraphs, list items, and divs holding only text). */
function pageTexts(document: Document): string[] {
  const leaves = [...document.querySelectorAll(`${BLOCK_SELECTOR}, div, span, a`)].filter(
    (element) => element.children.length === 0 || element.matches(BLOCK_SELECTOR),
  );
  return leaves.map((element) => (element.textContent ?? '').normalize('NFC').replace(/\s+/gu, ' ').trim()).filter((text) => text.length > 3);
}

/**
 * The article in a saved HTML page: Mozilla Readability (over linkedom, no browser) finds the main text,
 * whose paragraphs, headings, captions and list items become blocks; what Readability left out is listed
 * as dropped boilerplate. The page's metadata is read from the same parse.
 */
export function extractHtmlArticle(html: string): { cleaned: CleanedArticle; metadata: PageMetadata } {
  const document = parseHTML(html).document as unknown as Document;
  // Read before Readability, which rewrites the document it is given.
  const metadata = readHtmlMetadata(document, html);
  const before = pageTexts(document);
  const article = new Readability<Element>(document, { serializer: (node) => node as Element, charThreshold: 200 }).parse();
  const root = article?.content ?? document.body;
  const cleaned = assembleCleanedArticle(root ? blocksOf(root) : []);
  const kept = new Set([...cleaned.blocks.map((b) => b.text), ...cleaned.dropped.map((b) => b.text)]);
  const keptText = cleaned.text;
  const leftOut: string[] = [];
  for (const text of [...new Set(before)].sort((a, b) => b.length - a.length)) {
    if (kept.has(text) || keptText.includes(text) || leftOut.some((longer) => longer.includes(text))) continue;
    leftOut.push(text);
  }
  leftOut.sort((a, b) => before.indexOf(a) - before.indexOf(b));
  return { cleaned: { ...cleaned, dropped: [...cleaned.dropped, ...leftOut.map((text) => ({ text, reason: 'boilerplate' as const }))] }, metadata };
}
