import type { TFunction } from 'i18next';
import { briefLanguages, isBinder, type BriefSpec } from '../../shared/briefs/brief-spec';
import type { Country } from '../../shared/records/record-schema';
import { readPdfStructure } from './read-pdf-structure';

/** The document information a brief's PDF carries (its language is set by Chromium from the page's `lang`). */
export interface PdfDocumentInfo {
  title: string;
  /** The officer's name from the settings; no author entry without one. */
  author?: string;
  subject: string;
  keywords?: string;
}

/** A PDF text string in UTF-16BE with its byte-order mark, as hex: any script prints right in every viewer. */
function pdfTextString(text: string): string {
  let hex = 'FEFF';
  for (let index = 0; index < text.length; index += 1) hex += text.charCodeAt(index).toString(16).padStart(4, '0').toUpperCase();
  return `<${hex}>`;
}

/**
 * Sets the title, author, subject and keywords of a PDF by an incremental update: a new information
 * dictionary, a cross-reference section for it and a trailer pointing back to the old one are appended;
 * the bytes Chromium wrote (pages, tags, outline) stay as they are.
 */
export function setPdfDocumentInfo(pdf: Uint8Array, info: PdfDocumentInfo): Uint8Array {
  const structure = readPdfStructure(pdf);
  const number = structure.size;
  const entries = [
    `/Title ${pdfTextString(info.title)}`,
    ...(info.author ? [`/Author ${pdfTextString(info.author)}`] : []),
    `/Subject ${pdfTextString(info.subject)}`,
    ...(info.keywords ? [`/Keywords ${pdfTextString(info.keywords)}`] : []),
    `/Creator ${pdfTextString('Country Desk')}`,
  ];
  const body = `\n${number} 0 obj\n<<${entries.join('\n')}>>\nendobj\n`;
  const objectOffset = pdf.length + 1;
  const xrefOffset = pdf.length + body.length;
  const tail = [
    'xref',
    `${number} 1`,
    `${String(objectOffset).padStart(10, '0')} 00000 n `,
    'trailer',
    `<</Size ${number + 1}\n/Root ${structure.root}\n/Info ${number} 0 R\n/Prev ${structure.startxref}>>`,
    'startxref',
    String(xrefOffset),
    '%%EOF',
    '',
  ].join('\n');
  const update = new TextEncoder().encode(body + tail);
  const out = new Uint8Array(pdf.length + update.length);
  out.set(pdf);
  out.set(update, pdf.length);
  return out;
}

/**
 * The document information of a brief's PDF, in the brief's (first) language: its printed title, a
 * subject naming the occasion (or the countries), the officer as author.
 */
export function briefPdfInfo(spec: BriefSpec, countries: readonly Country[], t: (language: 'vi' | 'en') => TFunction, officerName?: string): PdfDocumentInfo {
  const language = briefLanguages(spec.language)[0] ?? 'vi';
  const tl = t(language);
  const names = countries.map((country) => country.name[language]).join(', ');
  const standardTitle = isBinder(spec) ? tl('briefs:doc.binderTitle') : tl('briefs:doc.title', { country: names });
  return {
    title: spec.title || standardTitle,
    ...(officerName ? { author: officerName } : {}),
    subject: spec.occasion || tl('briefs:doc.subject', { countries: names }),
    keywords: countries.map((country) => country.code).join(', '),
  };
}
