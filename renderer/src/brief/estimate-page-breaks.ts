/** A block that does not split across pages (a table row, a paragraph, a heading, a chart). */
export interface MeasuredBlock {
  top: number;
  bottom: number;
  /** A heading: kept on the page of the block after it. */
  keepWithNext: boolean;
}

/**
 * Where the pages of a part break, as offsets from its top, estimated as Chromium paginates: a block
 * that would cross the bottom of the page moves to the next one, taking the heading before it along.
 * The preview draws these; the PDF itself is paginated by Chromium.
 */
export function estimatePageBreaks(blocks: readonly MeasuredBlock[], pageHeight: number): number[] {
  const breaks: number[] = [];
  let pageStart = 0;
  blocks.forEach((block, index) => {
    if (block.bottom - pageStart <= pageHeight || block.top <= pageStart) return;
    const previous = blocks[index - 1];
    const breakAt = previous?.keepWithNext && previous.top > pageStart ? previous.top : block.top;
    breaks.push(breakAt);
    pageStart = breakAt;
  });
  return breaks;
}
