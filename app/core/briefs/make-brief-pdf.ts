import { AppError } from '../../shared/app-error';
import { briefParts } from '../../shared/briefs/brief-parts';
import { briefPrintRoute } from '../../shared/briefs/brief-print-route';
import type { BriefSpec } from '../../shared/briefs/brief-spec';
import { countPdfPages } from './count-pdf-pages';
import type { RoutePrinter } from './route-printer';

export interface BriefPdf {
  pdf: Uint8Array;
  pages: number;
}

/** The first page of each part, given how many pages each takes: [2, 3, 4] → [1, 3, 6]. */
export function firstPages(pageCounts: readonly number[]): number[] {
  let next = 1;
  return pageCounts.map((count) => {
    const first = next;
    next += count;
    return first;
  });
}

/**
 * Prints a brief to PDF. A binder is printed twice: first each part alone (each starts on a new
 * page, so it takes the same pages alone as in the whole) to learn where each part starts, then
 * the whole with those page numbers in its table of contents, which takes a fixed number of pages.
 */
export async function makeBriefPdf(spec: BriefSpec, printer: RoutePrinter): Promise<BriefPdf> {
  const parts = briefParts(spec);
  if (parts.length === 0) {
    const pdf = await printer.print(briefPrintRoute(spec));
    return { pdf, pages: countPdfPages(pdf) };
  }
  const pageCounts: number[] = [];
  for (const part of parts) pageCounts.push(countPdfPages(await printer.print(briefPrintRoute(spec, { part }))));
  const pdf = await printer.print(briefPrintRoute(spec, { contentsPages: firstPages(pageCounts).slice(1) }));
  const pages = countPdfPages(pdf);
  const measured = pageCounts.reduce((sum, count) => sum + count, 0);
  if (pages !== measured) {
    throw new AppError('pdf-failed', { detail: `the binder printed ${pages} pages where its parts took ${measured}; its contents would be wrong` });
  }
  return { pdf, pages };
}
