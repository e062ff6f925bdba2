import { describe, expect, it } from 'vitest';
import type { RelationsRecord } from '../records/record-schema';
import { makeTestDataset } from '../../core/testing/test-dataset';
import type { BriefCountry } from './brief-data';
import { printedSections, recordsForBrief, recordsForSection, timelineFromYear } from './brief-section-records';
import { numberSources } from './brief-source-numbers';
import { briefSections, type BriefSpec } from './brief-spec';

const text = (vi: string) => ({ vi, en: vi, translation: 'ours' as const });
const source = (article: string) => ({ article, passage: 'Câu trích.', confidence: 'high' as const });

const records: RelationsRecord[] = [
  { id: 'az-relations-1992', kind: 'relations', country: 'AZ', date: '1992-09-23', title: text('Thiết lập quan hệ ngoại giao'), summary: text('…'), sources: [source('art-a')] },
  { id: 'az-visit-2014', kind: 'visit', country: 'AZ', date: '2014-05-18', direction: 'to-vietnam', level: 'official', principal: { name: text('Ilham Aliyev'), title: text('Tổng thống'), country: 'AZ' }, counterparts: [], title: text('Thăm chính thức'), summary: text('…'), sources: [source('art-b'), source('art-a')] },
  { id: 'az-visit-2025', kind: 'visit', country: 'AZ', date: '2025-05', direction: 'from-vietnam', level: 'state', principal: { name: text('Tô Lâm'), title: text('Tổng Bí thư'), country: 'VN' }, counterparts: [], title: text('Thăm cấp Nhà nước'), summary: text('…'), sources: [source('art-c')] },
  { id: 'az-cooperation', kind: 'cooperation', country: 'AZ', area: text('Dầu khí'), title: text('Hợp tác dầu khí'), summary: text('…'), sources: [source('art-d')] },
];
const spec = (patch: Partial<BriefSpec> = {}): BriefSpec => ({ countries: ['AZ'], language: 'vi', sections: [...briefSections], notes: 'pinned', prepared: '2026-11-23', ...patch });
const country = makeTestDataset().countries[0]!;
const entry = (patch: Partial<BriefCountry> = {}): BriefCountry => ({ country, records, notes: [], ...patch });

describe('records of each section', () => {
  it('limits the timeline to the last N years before the year prepared, and to dated records', () => {
    expect(timelineFromYear(spec({ timelineYears: 10 }))).toBe(2016);
    expect(recordsForSection('timeline', records, spec({ timelineYears: 10 })).map((r) => r.id)).toEqual(['az-visit-2025']);
    expect(recordsForSection('timeline', records, spec()).map((r) => r.id)).toEqual(['az-relations-1992', 'az-visit-2014', 'az-visit-2025']);
  });

  it('lists visits in the visits section whatever the timeline', () => {
    expect(recordsForSection('visits', records, spec({ timelineYears: 1 })).map((r) => r.id)).toEqual(['az-visit-2014', 'az-visit-2025']);
  });

  it('keeps only the records the chosen sections use', () => {
    expect(recordsForBrief(records, spec({ sections: ['visits'] })).map((r) => r.id)).toEqual(['az-visit-2014', 'az-visit-2025']);
  });

  it('leaves out sections with nothing to print, and prints notes only when there are some', () => {
    expect(printedSections(entry(), spec())).toEqual(['key-figures', 'relationship', 'timeline', 'visits']);
    const note = { id: 'note-0001', country: 'AZ', body: 'Ghi chú', tags: [], pinned: true, updatedAt: '2026-11-01T00:00:00.000Z' };
    expect(printedSections(entry({ notes: [note] }), spec({ sections: ['notes', 'sources'] }))).toEqual(['notes']);
  });
});

describe('numberSources', () => {
  it('numbers the articles in the order the brief first cites them', () => {
    const numbers = numberSources({ spec: spec(), countries: [entry()] });
    // key figures first: relations (a), latest visit (c); then the relationship section's cooperation (d); visits add b.
    expect([...numbers.entries()]).toEqual([['art-a', 1], ['art-c', 2], ['art-d', 3], ['art-b', 4]]);
  });

  it('numbers nothing when the brief has no sources section', () => {
    expect(numberSources({ spec: spec({ sections: ['visits'] }), countries: [entry()] }).size).toBe(0);
  });
});
