/**
 * What a brief prints and in what order: a binder's parts, each country's sections, and the one section
 * each record prints in.
 */
import type { CountryCode, RecordKind, RelationsRecord } from '../records/record-schema';
import type { BriefCountry } from './brief-data';
import { hasSection, isBinder, type BriefSection, type BriefSpec } from './brief-spec';

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

/**
 * The parts of a binder, each starting on a new page: the front matter (cover and contents), one part
 * per country, and the numbered sources. A brief of one country prints as one piece and has no parts.
 */
export type BriefPart = 'front' | 'sources' | CountryCode;

export function briefParts(spec: Pick<BriefSpec, 'countries' | 'sections'>): BriefPart[] {
  if (!isBinder(spec)) return [];
  return ['front', ...spec.countries, ...(hasSection(spec, 'sources') ? (['sources'] as const) : [])];
}

/** The parts the table of contents lists (all but the front matter), in order. */
export function contentsParts(spec: Pick<BriefSpec, 'countries' | 'sections'>): BriefPart[] {
  return briefParts(spec).filter((part) => part !== 'front');
}

/** The id of a part's heading, which the contents link to: the printed PDF has a named destination for it. */
export function partAnchor(part: BriefPart): string {
  return `part-${part}`;
}

/** What one section of a country prints: dated items as a dated list, undated ones apart (prose or a list by area). */
export interface SectionOutline {
  section: Exclude<BriefSection, 'sources'>;
  dated: RelationsRecord[];
  undated: RelationsRecord[];
}

/** The first year the dated lists show: `timelineYears` before the year prepared, or none (all years). */
export function datedFromYear(spec: Pick<BriefSpec, 'timelineYears' | 'prepared'>): number | undefined {
  if (spec.timelineYears === undefined) return undefined;
  return Number(spec.prepared.slice(0, 4)) - spec.timelineYears;
}

const isRecordSection = (section: BriefSection): section is RecordSection => (recordSections as readonly string[]).includes(section);

/**
 * The chosen sections of a country in print order, each with its records; a record section with no
 * records is kept (the brief says "no data recorded"), notes sections only when they hold notes.
 * Basic information always shows all its facts; other dated lists cover the chosen years.
 */
export function outlineCountry(entry: BriefCountry, spec: Pick<BriefSpec, 'sections' | 'timelineYears' | 'prepared'>): SectionOutline[] {
  const placed = recordsBySection(entry.records);
  const fromYear = datedFromYear(spec);
  const inYears = (record: RelationsRecord) => fromYear === undefined || Number(record.date!.slice(0, 4)) >= fromYear;
  return spec.sections.flatMap((section): SectionOutline[] => {
    if (section === 'sources') return [];
    if (section === 'notes') return entry.notes.length > 0 ? [{ section, dated: [], undated: [] }] : [];
    if (section === 'talking-points') return entry.talkingPoints.length > 0 ? [{ section, dated: [], undated: [] }] : [];
    if (!isRecordSection(section)) return [];
    const records = placed[section];
    const dated = records.filter((record) => record.date !== undefined && (section === 'basic' || inYears(record)));
    return [{ section, dated, undated: records.filter((record) => record.date === undefined) }];
  });
}

/** The records a brief of the country prints, in print order (each once). */
export function recordsInPrintOrder(entry: BriefCountry, spec: Pick<BriefSpec, 'sections' | 'timelineYears' | 'prepared'>): RelationsRecord[] {
  return outlineCountry(entry, spec).flatMap(({ dated, undated }) => [...dated, ...undated]);
}

/** What a country has no data for, so the officer can fill it before printing: empty sections, and trade figures. */
export type DataGap = RecordSection | 'trade-figures';

export function briefDataGaps(records: readonly RelationsRecord[]): DataGap[] {
  const placed = recordsBySection(records);
  const gaps: DataGap[] = recordSections.filter((section) => placed[section].length === 0);
  if (!records.some((record) => record.kind === 'trade') && !gaps.includes('economy')) gaps.push('trade-figures');
  return gaps;
}
