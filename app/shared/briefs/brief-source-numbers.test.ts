import { describe, expect, it } from 'vitest';
import type { RelationsRecord } from '../records/record-schema';
import type { ArticleSource } from '../records/source-schema';
import type { BriefData } from './brief-data';
import { numberProvenanceNotes, numberSources, provenanceMark } from './brief-source-numbers';
import { briefSections } from './brief-spec';

const text = (vi: string) => ({ vi, en: vi, translation: 'ours' as const });
const source = (article: string, patch: Partial<ArticleSource> = {}): ArticleSource => ({ article, passage: 'Câu trích.', confidence: 'high', ...patch });
const record = (id: string, kind: 'relations' | 'people', sources: ArticleSource[], date?: string) =>
  ({ id, kind, country: 'AZ', date, title: text(id), summary: text(id), sources, ...(kind === 'people' ? { topic: 'friendship' } : {}) }) as RelationsRecord;

const records = [
  record('az-relations', 'relations', [source('art-b', { confidence: 'medium' })], '1992-09-23'),
  record('az-people-sure', 'people', [source('art-a')]),
  record('az-people-corrected', 'people', [source('art-a', { correction: { text: text('đúng'), reason: text('vì') } })]),
  record('az-people-headline', 'people', [source('art-c', { passageRole: 'related-headline' })]),
];
const data = (sections: BriefData['spec']['sections']): Pick<BriefData, 'spec' | 'countries'> => ({
  spec: { countries: ['AZ'], language: 'vi', sections, notes: 'none', prepared: '2026-12-01' },
  countries: [{ country: { code: 'AZ', name: text('Azerbaijan') }, records, notes: [], talkingPoints: [] }],
});

describe('the marks of a brief', () => {
  it('numbers the sources in the order the brief first cites them', () => {
    expect([...numberSources(data([...briefSections])).entries()]).toEqual([['art-b', 1], ['art-a', 2], ['art-c', 3]]);
  });

  it('marks the facts that were corrected, are less than sure or rest on a related headline, in print order', () => {
    expect([...numberProvenanceNotes(data([...briefSections])).keys()]).toEqual(['az-relations', 'az-people-corrected', 'az-people-headline']);
    expect(numberProvenanceNotes(data(['basic', 'people'])).size).toBe(0);
  });

  it('writes a mark as letters', () => {
    expect([1, 2, 26, 27].map(provenanceMark)).toEqual(['a', 'b', 'z', 'aa']);
  });
});
