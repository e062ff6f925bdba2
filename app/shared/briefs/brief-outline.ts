import type { RelationsRecord } from '../records/record-schema';
import type { BriefCountry } from './brief-data';
import { recordsBySection, recordSections, type RecordSection } from './brief-record-sections';
import type { BriefSection, BriefSpec } from './brief-spec';

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
