import { AppError } from '../../shared/app-error';
import type { BriefSpec } from '../../shared/briefs/brief-spec';
import { makeBriefPdf, type BriefPdf } from './make-brief-pdf';
import type { OpenRoutePrinter } from './route-printer';

/** Starts a printer, prints the brief, closes the printer; failures become `pdf-failed` (or keep their AppError). */
export async function printBriefPdf(openRoutePrinter: OpenRoutePrinter, spec: BriefSpec): Promise<BriefPdf> {
  const printer = await openRoutePrinter();
  try {
    return await makeBriefPdf(spec, printer);
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new AppError('pdf-failed', { detail: error instanceof Error ? error.message.split('\n')[0] ?? '' : String(error) }, { cause: error });
  } finally {
    await printer.close();
  }
}
