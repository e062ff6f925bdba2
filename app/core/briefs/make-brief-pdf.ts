import { AppError } from '../../shared/app-error';
import { contentsParts, partAnchor } from '../../shared/briefs/brief-outline';
import { briefPrintRoute } from '../../shared/briefs/brief-print-route';
import { isBinder, type BriefSpec } from '../../shared/briefs/brief-spec';
import { readPdfStructure } from './read-pdf-structure';
import { replacePdfFrontPages } from './replace-pdf-front-pages';
import type { RoutePrinter } from './route-printer';
import { setPdfDocumentInfo, type PdfDocumentInfo } from './pdf-document-info';

export interface BriefPdf {
  pdf: Uint8Array;
  pages: number;
}

/** Prints a brief on a (warm) printer, as `layOutAndPrint` says; failures become `pdf-failed` (or keep their AppError). */
export async function makeBriefPdf(spec: BriefSpec, printer: RoutePrinter, info: PdfDocumentInfo): Promise<BriefPdf> {
  try {
    return await layOutAndPrint(spec, printer, info);
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new AppError('pdf-failed', { detail: error instanceof Error ? error.message.split('\n')[0] ?? '' : String(error) }, { cause: error });
  }
}

/**
 * Prints a brief to PDF, with its document information. A binder is laid out and printed once, its
 * contents showing '…' for the page numbers; the page where each part starts is read from that PDF
 * (the named destination of each part's heading, which the contents link to), and only the front
 * matter (cover and contents, which take the same pages either way) is printed again with the numbers.
 */
async function layOutAndPrint(spec: BriefSpec, printer: RoutePrinter, info: PdfDocumentInfo): Promise<BriefPdf> {
  let pdf = await printer.print(briefPrintRoute(spec));
  if (isBinder(spec)) {
    const whole = readPdfStructure(pdf);
    const starts = contentsParts(spec).map((part) => whole.destinationPage(partAnchor(part)));
    if (starts.some((page) => page === undefined)) throw new AppError('pdf-failed', { detail: 'a part of the binder has no heading to find its page by' });
    const firstPages = starts as number[];
    const front = await printer.print(briefPrintRoute(spec, { part: 'front', contentsPages: firstPages, totalPages: whole.pageCount }));
    const frontPages = readPdfStructure(front).pageCount;
    if (frontPages !== firstPages[0]! - 1) {
      throw new AppError('pdf-failed', { detail: `the cover and contents took ${frontPages} pages where the binder gave them ${firstPages[0]! - 1}; its contents would be wrong` });
    }
    pdf = await replacePdfFrontPages(pdf, front);
  }
  const withInfo = setPdfDocumentInfo(pdf, info);
  return { pdf: withInfo, pages: readPdfStructure(withInfo).pageCount };
}
