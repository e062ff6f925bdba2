import type { Handlers } from '../../contract';
import { AppError } from '../../shared/app-error';
import { briefFileName, type BriefSpec } from '../../shared/briefs/brief-spec';
import type { SettingsFile } from '../../shared/settings/settings-schema';
import type { NotesStore } from '../notes/notes-store';
import type { RecordsService } from '../records/records-service';
import type { DataFile } from '../store/data-file';
import { createNodeTranslator } from '../i18n/node-translator';
import { createBriefNotesSource } from '../notes/brief-notes-source';
import { briefPdfInfo } from './pdf-document-info';
import { collectBriefData } from './collect-brief-data';
import { makeBriefPdf, type BriefPdf } from './make-brief-pdf';
import type { RoutePrinter } from './route-printer';

export interface BriefsHandlerOptions {
  /** How this host prints (a warm Chromium outside Electron, a hidden window in Electron); no printing without one. */
  printer?: RoutePrinter;
}

/** What the brief requests read: the records, the notes, and the settings (the officer is the PDF's author). */
export interface BriefsSources {
  readonly records: RecordsService;
  readonly notes: NotesStore;
  readonly settingsFile: Pick<DataFile<SettingsFile>, 'data'>;
}

let translate: ReturnType<typeof createNodeTranslator> | undefined;

/** Prints a brief of the desk's countries, with the officer (from the settings) as the PDF's author. */
export async function printDeskBrief(desk: Pick<BriefsSources, 'records' | 'settingsFile'>, printer: RoutePrinter, spec: BriefSpec): Promise<BriefPdf> {
  const countries = spec.countries.map((code) => {
    const country = desk.records.findCountry(code);
    if (!country) throw new AppError('unknown-country', { code });
    return country;
  });
  translate ??= createNodeTranslator();
  const info = briefPdfInfo(spec, countries, translate, desk.settingsFile.data.officerName);
  return makeBriefPdf(spec, printer, info);
}

/** The requests of the brief builder: the data of a brief, and its PDF. */
export function createBriefsHandlers(desk: BriefsSources, options: BriefsHandlerOptions): Pick<Handlers, 'getBrief' | 'printBrief'> {
  const notes = createBriefNotesSource(desk.notes);
  return {
    getBrief: (spec) => collectBriefData(desk.records, spec, notes),
    async printBrief(spec) {
      for (const code of spec.countries) if (!desk.records.findCountry(code)) throw new AppError('unknown-country', { code });
      if (!options.printer) throw new AppError('pdf-failed', { detail: 'this host cannot print' });
      const { pdf, pages } = await printDeskBrief(desk, options.printer, spec);
      return { outcome: 'download', fileName: briefFileName(spec), pdfBase64: Buffer.from(pdf).toString('base64'), pages };
    },
  };
}
