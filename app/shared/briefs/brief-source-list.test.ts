import { describe, expect, it } from 'vitest';
import type { RelationsRecord } from '../records/record-schema';
import type { Source } from '../records/source-schema';
import type { BriefData } from './brief-data';
import { listSources } from './brief-source-list';
import { numberSources } from './brief-source-numbers';
import { briefSections } from './brief-spec';

const text = (vi: string) => ({ vi, en: vi, translation: 'ours' as const });
const record = (id: string, sources: Source[]) => ({ id, kind: 'people', topic: 'friendship', country: 'AZ', title: text(id), summary: text(id), sources }) as RelationsRecord;

const cable: Source = { kind: 'document', title: 'Báo cáo chuyến thăm', number: '12/BC-ĐSQ', date: '2024-05', passage: 'Hai bên nhất trí.', confidence: 'high' };
const records = [
  record('az-people-article', [{ article: 'art-a', passage: 'Câu trích.', confidence: 'high' }]),
  record('az-people-cable', [cable]),
  record('az-people-known', [{ kind: 'knowledge', passage: 'Tôi đã dự buổi gặp.', confidence: 'medium' }]),
  record('az-people-cable-again', [{ ...cable, passage: 'Đoàn gồm 20 người.' }, { kind: 'knowledge', passage: 'Tôi biết trưởng đoàn.', confidence: 'high' }]),
  record('az-people-untitled-note', [{ kind: 'document', title: 'Ghi chú nội bộ', confidence: 'low' }]),
];
const data: Pick<BriefData, 'spec' | 'countries'> = {
  spec: { countries: ['AZ'], language: 'vi', sections: [...briefSections], notes: 'none', prepared: '2026-12-01' },
  countries: [{ country: { code: 'AZ', name: text('Azerbaijan') }, records, notes: [], talkingPoints: [] }],
};

describe("a brief's numbered list of sources", () => {
  it('has one entry per number the text cites, documents and the officer’s knowledge included, each with the passages cited from it', () => {
    const listed = listSources(records, numberSources(data));
    expect(listed.map(({ number, source, passages }) => [number, source.kind ?? 'article', passages])).toEqual([
      [1, 'article', ['Câu trích.']],
      [2, 'document', ['Hai bên nhất trí.', 'Đoàn gồm 20 người.']],
      [3, 'knowledge', ['Tôi đã dự buổi gặp.', 'Tôi biết trưởng đoàn.']],
      [4, 'document', []],
    ]);
    expect(listed[1]!.source).toMatchObject({ title: 'Báo cáo chuyến thăm', number: '12/BC-ĐSQ', date: '2024-05' });
  });

  it('lists nothing the brief did not number', () => {
    expect(listSources(records, new Map())).toEqual([]);
  });
});
