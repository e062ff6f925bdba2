import { AppError } from '../../shared/app-error';
import type { BriefSpec } from '../../shared/briefs/brief-spec';
import { makeBriefPdf, type BriefPdf } from './make-brief-pdf';
import type { RoutePrinter } from './route-printer';
import type { PdfDocumentInfo } from './set-pdf-document-info';

/** Prints the brief on a (warm) printer; failures become `pdf-failed` (or keep their AppError). */
export async function printBriefPdf(printer: RoutePrinter, spec: BriefSpec, info: PdfDocumentInfo): Promise<BriefPdf> {
  try {
    return await makeBriefPdf(spec, printer, info);
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new AppError('pdf-failed', { detail: error instanceof Error ? error.message.split('\n')[0] ?? '' : String(error) }, { cause: error });
  }
}
