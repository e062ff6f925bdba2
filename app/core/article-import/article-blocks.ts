import { classifyBlock, startsRelatedSection, type BlockRole, type DropReason } from './classify-block';

/** A block kept in the cleaned text, with where it sits there (`cleaned.slice(start, end) === text`). */
export interface KeptBlock {
  role: BlockRole;
  text: string;
  start: number;
  end: number;
}

/** A block left out, and why: the review shows these so a wrongly dropped paragraph can come back. */
export interface DroppedBlock {
  text: string;
  reason: DropReason;
}

export interface CleanedArticle {
  /** The article's text: kept blocks, one blank line apart, NFC. */
  text: string;
  blocks: KeptBlock[];
  dropped: DroppedBlock[];
}

/** A block as the page gives it: its text, and its role when the markup says (a heading, a caption). */
export interface PageBlock {
  text: string;
  role?: BlockRole;
}

const normalizeSpace = (text: string) => text.normalize('NFC').replace(/[\s\u00a0\u200b]+/gu, ' ').trim();

/**
 * Turns a page's blocks into the cleaned article: boilerplate dropped (with its reason), repeated
 * blocks kept once, everything from a "Tin liên quan" heading or the first teaser on dropped as related
 * news, and each kept block's offsets in the text.
 */
export function assembleCleanedArticle(pageBlocks: readonly PageBlock[]): CleanedArticle {
  const blocks: KeptBlock[] = [];
  const dropped: DroppedBlock[] = [];
  const seen = new Set<string>();
  const texts = pageBlocks.map((block) => normalizeSpace(block.text));
  let text = '';
  let inRelated = false;
  texts.forEach((blockText, index) => {
    if (blockText === '') return;
    if (startsRelatedSection(blockText) || (!seen.has(blockText) && startsTeaser(texts, index))) inRelated = true;
    if (inRelated) {
      dropped.push({ text: blockText, reason: 'related' });
      return;
    }
    if (seen.has(blockText)) {
      dropped.push({ text: blockText, reason: 'duplicate' });
      return;
    }
    const verdict = classifyBlock(blockText, pageBlocks[index]!.role);
    if (!verdict.keep) {
      dropped.push({ text: blockText, reason: verdict.reason });
      return;
    }
    seen.add(blockText);
    if (text !== '') text += '\n\n';
    blocks.push({ role: verdict.role, text: blockText, start: text.length, end: text.length + blockText.length });
    text += blockText;
  });
  return { text, blocks, dropped };
}

/**
 * A news site's teaser: a headline printed twice (the picture's title, then the link) and a lead
 * paragraph. The article's own title repeated under its picture is not one (it was seen before).
 */
function startsTeaser(texts: readonly string[], index: number): boolean {
  const headline = texts[index]!;
  const next = texts.slice(index + 1).find((t) => t !== '');
  if (headline !== next || headline.length < 20) return false;
  const verdict = classifyBlock(headline);
  return verdict.keep && verdict.role === 'heading';
}
