import type { RelationsRecord } from '../records/record-schema';
import type { BriefCountry, BriefData } from './brief-data';
import { keyFigureRecords, printedSections, recordsForSection } from './brief-section-records';
import { hasSection, type BriefSpec } from './brief-spec';

/** A country's records in the order the brief prints them (a record may print in several sections). */
function recordsInPrintOrder(entry: BriefCountry, spec: BriefSpec): RelationsRecord[] {
  return printedSections(entry, spec).flatMap((section) =>
    section === 'key-figures' ? keyFigureRecords(entry.records) : recordsForSection(section, entry.records, spec),
  );
}

/**
 * Numbers the cited articles 1, 2, 3… in the order the brief first cites them; the numbered list of
 * sources prints at the end. Empty when the brief has no sources section.
 */
export function numberSources(data: Pick<BriefData, 'spec' | 'countries'>): Map<string, number> {
  const numbers = new Map<string, number>();
  if (!hasSection(data.spec, 'sources')) return numbers;
  for (const entry of data.countries) {
    for (const record of recordsInPrintOrder(entry, data.spec)) {
      for (const source of record.sources) {
        if (!numbers.has(source.article)) numbers.set(source.article, numbers.size + 1);
      }
    }
  }
  return numbers;
}
