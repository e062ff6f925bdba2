/** The printed page: A4 and its margins (the preview draws the same sheet). */
export const PAGE_SIZE_MM = { width: 210, height: 297 } as const;
export const PAGE_MARGINS_MM = { top: 22, right: 18, bottom: 22, left: 18 } as const;

/** A CSS string literal of any text (quotes, backslashes and line breaks escaped). */
export function cssString(text: string): string {
  return `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/[\r\n]+/g, ' ')}"`;
}

/**
 * `Trang {{page}}/{{pages}}` → `"Trang " counter(page) "/" counter(pages)`: CSS content with page
 * counters; with `totalPages` (a part printed alone) the total is that number, not the part's pages.
 */
export function pageCounterContent(template: string, totalPages?: number): string {
  const pages = totalPages === undefined ? 'counter(pages)' : cssString(String(totalPages));
  return template
    .split(/(\{\{pages?\}\})/)
    .filter((piece) => piece !== '')
    .map((piece) => (piece === '{{page}}' ? 'counter(page)' : piece === '{{pages}}' ? pages : cssString(piece)))
    .join(' ');
}

export interface PageMarginOptions {
  /** The handling label, printed at the top and bottom of every page; none when empty. */
  label: string | undefined;
  /** 'Trang {{page}}/{{pages}}', 'Page {{page}} of {{pages}}'. */
  pageNumber: string;
  /** The first page is a binder's cover: it prints no page number. */
  cover: boolean;
  /** The pages of the whole when only its first part is printed. */
  totalPages?: number;
}

/**
 * The `@page` rules of a printed brief: A4 with margins, the label in the top and bottom margin
 * boxes and 'page N of M' at the bottom right, but not on a binder's cover. Margin boxes (Chromium ≥ 131) use the page's own
 * fonts, which the header and footer templates of `page.pdf()` do not.
 */
export function pageMarginRules({ label, pageNumber, cover, totalPages }: PageMarginOptions): string {
  const box = "font-family: 'Noto Sans', sans-serif; font-size: 8.5pt; color: #1b1f24;";
  const labelBox = label ? `content: ${cssString(label)}; ${box} font-weight: 700; letter-spacing: 0.04em;` : '';
  const m = PAGE_MARGINS_MM;
  return [
    `@page {`,
    `  size: A4;`,
    `  margin: ${m.top}mm ${m.right}mm ${m.bottom}mm ${m.left}mm;`,
    ...(labelBox ? [`  @top-center { ${labelBox} }`, `  @bottom-center { ${labelBox} }`] : []),
    `  @bottom-right { content: ${pageCounterContent(pageNumber, totalPages)}; ${box} }`,
    `}`,
    ...(cover ? [`@page :first { @bottom-right { content: none; } }`] : []),
  ].join('\n');
}
