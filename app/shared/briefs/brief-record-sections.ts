import type { RecordKind, RelationsRecord } from '../records/record-schema';
import type { BriefSection } from './brief-spec';

/** The sections that list records (the others print notes or sources). */
export type RecordSection = Exclude<BriefSection, 'talking-points' | 'notes' | 'sources'>;
export const recordSections: readonly RecordSection[] = ['basic', 'political', 'economy', 'cooperation', 'multilateral', 'agreements', 'people'];

/** The section of each kind of record, when its content does not place it elsewhere. */
const SECTION_OF_KIND: Record<RecordKind, RecordSection> = {
  relations: 'basic',
  framework: 'political',
  milestone: 'political',
  visit: 'political',
  mechanism: 'political',
  agreement: 'agreements',
  trade: 'economy',
  investment: 'economy',
  cooperation: 'cooperation',
  multilateral: 'multilateral',
  people: 'people',
};

/** A milestone about the missions (an embassy, its accreditation) is representation, in basic information. */
const REPRESENTATION = /embassy|accreditation|consulate/;
/** The area (in English) of cooperation that the economy section covers, the political section, or the agreements. */
const ECONOMIC_AREA = /trade|export|import|econom|invest|business|industr/i;
const POLITICAL_AREA = /politic|diplomac|partnership|delegation|policy/i;
const LEGAL_AREA = /legal/i;

/** The framework in force: the newest (records come in date order). */
export function currentFramework(records: readonly RelationsRecord[]): RelationsRecord | undefined {
  return records.findLast((record) => record.kind === 'framework');
}

/**
 * The one section a record of a country prints in: relations, the framework in force and the
 * missions in basic information; earlier frameworks, visits, mechanisms and events in political
 * relations; cooperation by its area (economic areas with trade and investment, political ones with
 * political relations, the legal framework with the agreements, the rest as other cooperation).
 */
export function recordSection(record: RelationsRecord, current: RelationsRecord | undefined): RecordSection {
  if (record === current) return 'basic';
  if (record.kind === 'milestone' && REPRESENTATION.test(record.id)) return 'basic';
  if (record.kind === 'cooperation') {
    if (LEGAL_AREA.test(record.area.en)) return 'agreements';
    if (POLITICAL_AREA.test(record.area.en)) return 'political';
    if (ECONOMIC_AREA.test(record.area.en)) return 'economy';
  }
  return SECTION_OF_KIND[record.kind];
}

/** A country's records by the section they print in, each record in exactly one, in the order given (date order). */
export function recordsBySection(records: readonly RelationsRecord[]): Record<RecordSection, RelationsRecord[]> {
  const current = currentFramework(records);
  const placed = Object.fromEntries(recordSections.map((section) => [section, [] as RelationsRecord[]])) as Record<RecordSection, RelationsRecord[]>;
  for (const record of records) placed[recordSection(record, current)].push(record);
  return placed;
}
