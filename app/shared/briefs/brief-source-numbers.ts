import type { RelationsRecord } from '../records/record-schema';
import type { Source } from '../records/source-schema';
import { isArticleSource, sourceKey } from '../records/source-kinds';
import type { BriefData } from './brief-data';
import { recordsInPrintOrder } from './brief-outline';
import { hasSection } from './brief-spec';

/** The records a brief prints, in print order, country after country. */
function printedRecords(data: Pick<BriefData, 'spec' | 'countries'>): RelationsRecord[] {
  return data.countries.flatMap((entry) => recordsInPrintOrder(entry, data.spec));
}

/**
 * Numbers the cited sources 1, 2, 3… (by `sourceKey`: an article, an internal document, the officer's
 * knowledge) in the order the brief first cites them; the numbered list of sources prints at the end.
 * Empty when the brief has no sources section.
 */
export function numberSources(data: Pick<BriefData, 'spec' | 'countries'>): Map<string, number> {
  const numbers = new Map<string, number>();
  if (!hasSection(data.spec, 'sources')) return numbers;
  for (const record of printedRecords(data)) {
    for (const source of record.sources) {
      const key = sourceKey(source);
      if (!numbers.has(key)) numbers.set(key, numbers.size + 1);
    }
  }
  return numbers;
}

/** A source the page must qualify: corrected, inferred, read with medium or low confidence, or a related-news headline. */
export function needsProvenanceNote(source: Source): boolean {
  if (source.confidence !== 'high') return true;
  return isArticleSource(source) && (source.correction !== undefined || source.inference !== undefined || source.passageRole === 'related-headline');
}

/**
 * Marks the records whose facts need a word on their provenance (a), (b), (c)… as numbers 1, 2, 3…
 * in print order; the sources section explains each mark. Empty when the brief has no sources section.
 */
export function numberProvenanceNotes(data: Pick<BriefData, 'spec' | 'countries'>): Map<string, number> {
  const marks = new Map<string, number>();
  if (!hasSection(data.spec, 'sources')) return marks;
  for (const record of printedRecords(data)) {
    if (!marks.has(record.id) && record.sources.some(needsProvenanceNote)) marks.set(record.id, marks.size + 1);
  }
  return marks;
}

/** A provenance mark's letters: 1 → a, 26 → z, 27 → aa. */
export function provenanceMark(number: number): string {
  let mark = '';
  for (let n = number; n > 0; n = Math.floor((n - 1) / 26)) mark = String.fromCharCode(97 + ((n - 1) % 26)) + mark;
  return mark;
}
