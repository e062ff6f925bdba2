import type { TFunction } from 'i18next';
import { briefLanguages, isBinder, type BriefSpec } from '../../shared/briefs/brief-spec';
import type { Country } from '../../shared/records/record-schema';
import type { PdfDocumentInfo } from './set-pdf-document-info';

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
