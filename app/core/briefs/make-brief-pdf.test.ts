import { describe, expect, it } from 'vitest';
import { AppError } from '../../shared/app-error';
import { parseBriefPrintRoute } from '../../shared/briefs/brief-print-route';
import { briefSections, type BriefSpec } from '../../shared/briefs/brief-spec';
import { countPdfPages } from './count-pdf-pages';
import { firstPages, makeBriefPdf } from './make-brief-pdf';
import type { RoutePrinter } from './route-printer';

/** A PDF as Skia writes its page tree, with `pages` pages. */
const fakePdf = (pages: number) => new TextEncoder().encode(`%PDF-1.4\n1 0 obj\n<</Type /Pages\n/Count ${pages}\n/Kids []>>\nendobj\n%%EOF`);

/** A printer whose parts take the given pages; the whole is their sum (or `wholeExtra` more). */
function fakePrinter(partPages: Record<string, number>, wholeExtra = 0) {
  const printed: string[] = [];
  const printer: RoutePrinter = {
    async print(route) {
      const parsed = parseBriefPrintRoute(route);
      if (!parsed) throw new Error(`bad route ${route}`);
      printed.push(parsed.part ?? `whole ${parsed.contentsPages?.join(',') ?? ''}`);
      const pages = parsed.part ? partPages[parsed.part]! : Object.values(partPages).reduce((a, b) => a + b, 0) + wholeExtra;
      return fakePdf(pages);
    },
    close: async () => undefined,
  };
  return { printer, printed };
}

const spec = (countries: string[]): BriefSpec => ({ countries, language: 'vi', sections: [...briefSections], notes: 'pinned', prepared: '2025-05-06' });

describe('makeBriefPdf', () => {
  it('prints a one-country brief once', async () => {
    const { printer, printed } = fakePrinter({ AZ: 4 });
    const { pages } = await makeBriefPdf(spec(['AZ']), printer);
    expect(printed).toEqual(['whole ']);
    expect(pages).toBe(4);
  });

  it('prints each part of a binder, then the whole with the page where each part starts in its contents', async () => {
    const { printer, printed } = fakePrinter({ front: 2, KZ: 2, AZ: 4, RU: 3, BY: 4, sources: 1 });
    const { pages } = await makeBriefPdf(spec(['KZ', 'AZ', 'RU', 'BY']), printer);
    expect(printed).toEqual(['front', 'KZ', 'AZ', 'RU', 'BY', 'sources', 'whole 3,5,9,12,16']);
    expect(pages).toBe(16);
  });

  it('refuses a binder whose pages moved between the two prints (its contents would be wrong)', async () => {
    const { printer } = fakePrinter({ front: 2, KZ: 2, AZ: 4, sources: 1 }, 1);
    await expect(makeBriefPdf(spec(['KZ', 'AZ']), printer)).rejects.toBeInstanceOf(AppError);
  });
});

describe('pages', () => {
  it('finds where each part starts', () => {
    expect(firstPages([2, 2, 4, 3])).toEqual([1, 3, 5, 9]);
  });

  it('counts the pages of a PDF from its page tree', () => {
    expect(countPdfPages(fakePdf(16))).toBe(16);
    expect(() => countPdfPages(new TextEncoder().encode('not a pdf'))).toThrow();
  });
});
