import type { Handlers } from '../../contract';
import { AppError } from '../../shared/app-error';
import type { Desk } from '../desk';
import { createBriefNotesSource } from '../notes/brief-notes-source';
import { briefFileName } from '../../shared/briefs/brief-file-name';
import { collectBriefData } from './collect-brief-data';
import { printBriefPdf } from './print-brief-pdf';
import type { OpenRoutePrinter } from './route-printer';

export interface BriefsHandlerOptions {
  /** How this host prints (Chromium outside Electron, a hidden window in Electron); no printing without one. */
  openRoutePrinter?: OpenRoutePrinter;
}

/** The requests of the brief builder: the data of a brief, and its PDF. */
export function createBriefsHandlers(desk: Desk, options: BriefsHandlerOptions): Pick<Handlers, 'getBrief' | 'printBrief'> {
  const notes = createBriefNotesSource(desk.notes);
  return {
    getBrief: (spec) => collectBriefData(desk.records, spec, notes),
    async printBrief(spec) {
      for (const code of spec.countries) if (!desk.records.findCountry(code)) throw new AppError('unknown-country', { code });
      if (!options.openRoutePrinter) throw new AppError('pdf-failed', { detail: 'this host cannot print' });
      const { pdf, pages } = await printBriefPdf(options.openRoutePrinter, spec);
      return { outcome: 'download', fileName: briefFileName(spec), pdfBase64: Buffer.from(pdf).toString('base64'), pages };
    },
  };
}
