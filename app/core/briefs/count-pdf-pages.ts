/**
 * The number of pages of a PDF as Chromium writes it (Skia): the `/Count` of the page tree's root,
 * the largest `/Count` of any `/Type /Pages` node. Throws when the bytes hold no page tree.
 */
export function countPdfPages(pdf: Uint8Array): number {
  const text = new TextDecoder('latin1').decode(pdf);
  const counts = [...text.matchAll(/\/Type\s*\/Pages\b[^>]*?\/Count\s+(\d+)|\/Count\s+(\d+)[^>]*?\/Type\s*\/Pages\b/g)].map((match) =>
    Number(match[1] ?? match[2]),
  );
  if (counts.length === 0) throw new Error('not a PDF with a page tree');
  return Math.max(...counts);
}
