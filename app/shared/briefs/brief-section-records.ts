import { keyFigures } from '../browse/key-figures';
import type { RecordKind, RelationsRecord } from '../records/record-schema';
import type { BriefCountry } from './brief-data';
import type { BriefSection, BriefSpec } from './brief-spec';

/** The kinds of record each section lists; key figures pick theirs from these kinds. */
const SECTION_KINDS: Record<BriefSection, readonly RecordKind[]> = {
  'key-figures': ['relations', 'framework', 'visit', 'trade'],
  relationship: ['relations', 'framework', 'mechanism', 'cooperation'],
  timeline: ['relations', 'framework', 'milestone', 'visit', 'agreement', 'mechanism', 'multilateral', 'people'],
  visits: ['visit'],
  agreements: ['agreement'],
  economy: ['trade', 'investment'],
  multilateral: ['multilateral'],
  people: ['people'],
  notes: [],
  sources: [],
};

/** The first year the timeline shows: `timelineYears` before the year prepared, or none (all years). */
export function timelineFromYear(spec: Pick<BriefSpec, 'timelineYears' | 'prepared'>): number | undefined {
  if (spec.timelineYears === undefined) return undefined;
  return Number(spec.prepared.slice(0, 4)) - spec.timelineYears;
}

/** The records one section of a brief lists, in the order given (date order). */
export function recordsForSection(
  section: BriefSection,
  records: readonly RelationsRecord[],
  spec: Pick<BriefSpec, 'timelineYears' | 'prepared'>,
): RelationsRecord[] {
  const kinds = SECTION_KINDS[section];
  const ofKinds = records.filter((record) => kinds.includes(record.kind));
  if (section !== 'timeline') return ofKinds;
  const fromYear = timelineFromYear(spec);
  return ofKinds.filter((record) => record.date !== undefined && (fromYear === undefined || Number(record.date.slice(0, 4)) >= fromYear));
}

/** The records a whole brief uses: those of any chosen section. */
export function recordsForBrief(records: readonly RelationsRecord[], spec: Pick<BriefSpec, 'sections' | 'timelineYears' | 'prepared'>): RelationsRecord[] {
  const used = new Set(spec.sections.flatMap((section) => recordsForSection(section, records, spec)));
  return records.filter((record) => used.has(record));
}

/** The records of the key figures table, in the order it lists them. */
export function keyFigureRecords(records: readonly RelationsRecord[]): RelationsRecord[] {
  const figures = keyFigures(records);
  return [figures.relations, figures.framework, figures.latestTrade, figures.lastHighLevelVisit].filter(
    (record): record is NonNullable<typeof record> => record !== undefined,
  );
}

/**
 * The chosen sections a country's part prints, in order: those with something to say (a section
 * the records say nothing on is left out rather than printed empty). Sources print once, at the end.
 */
export function printedSections(
  entry: BriefCountry,
  spec: Pick<BriefSpec, 'sections' | 'timelineYears' | 'prepared'>,
): Exclude<BriefSection, 'sources'>[] {
  return spec.sections.filter((section): section is Exclude<BriefSection, 'sources'> => {
    switch (section) {
      case 'sources':
        return false;
      case 'notes':
        return entry.notes.length > 0;
      case 'key-figures':
        return entry.country.capital !== undefined || keyFigureRecords(entry.records).length > 0;
      default:
        return recordsForSection(section, entry.records, spec).length > 0;
    }
  });
}
