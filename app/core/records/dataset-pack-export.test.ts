import { describe, expect, it } from 'vitest';
import { datasetSchema, type Article, type RelationsRecord } from '../../shared/records/record-schema';
import { buildDatasetPack, exportedDatasetVersion } from './dataset-pack-export';
import { compareDatasetVersions } from './records-file';

const text = (vi: string, en: string) => ({ vi, en, translation: 'ours' as const });
const article = (id: string): Article => ({ id, publisher: 'TTXVN', title: id, file: `${id}.txt` });
const milestone = (id: string, country: string, articleId: string, related?: string[]): RelationsRecord => ({
  id,
  country,
  kind: 'milestone',
  title: text('Sự kiện', 'Event'),
  summary: text('Tóm tắt', 'Summary'),
  sources: [{ article: articleId, passage: 'Câu gốc.', confidence: 'high' }],
  ...(related ? { related } : {}),
});
const country = (code: string) => ({ code, name: text(code, code) });
const now = new Date('2026-12-02T01:30:00Z');

describe('the merged view as a dataset pack', () => {
  it('holds the countries with records, their records, each cited article once, and is a valid dataset', () => {
    const pack = buildDatasetPack(
      [
        { country: country('AZ'), records: [milestone('az-a', 'AZ', 'art-1'), milestone('az-b', 'AZ', 'art-1')], articles: [article('art-1')] },
        { country: country('MN'), records: [milestone('mn-a', 'MN', 'art-2')], articles: [article('art-1'), article('art-2')] },
        { country: country('RU'), records: [], articles: [] },
      ],
      '2026.12.2',
      now,
    );
    expect(pack.countries.map((c) => c.code)).toEqual(['AZ', 'MN']);
    expect(pack.records.map((r) => r.id)).toEqual(['az-a', 'az-b', 'mn-a']);
    expect(pack.articles.map((a) => a.id)).toEqual(['art-1', 'art-2']);
    expect(pack.asOf).toBe('2026-12-02');
    expect(datasetSchema.safeParse(pack).success).toBe(true);
  });

  it('drops the links to records it leaves out (retired ones), and keeps the others', () => {
    const pack = buildDatasetPack(
      [{ country: country('AZ'), records: [milestone('az-a', 'AZ', 'art-1', ['az-retired']), milestone('az-b', 'AZ', 'art-1', ['az-a', 'az-retired'])], articles: [article('art-1')] }],
      '2026.12.2',
      now,
    );
    expect(pack.records[0]).not.toHaveProperty('related');
    expect(pack.records[1]?.related).toEqual(['az-a']);
  });

  it('is a version newer than the reference it was made on and than an earlier export of it', () => {
    const first = exportedDatasetVersion('2026.12.2', now);
    expect(compareDatasetVersions(first, '2026.12.2')).toBeGreaterThan(0);
    const later = exportedDatasetVersion(first, new Date(now.getTime() + 60_000));
    expect(compareDatasetVersions(later, first)).toBeGreaterThan(0);
    expect(later.split('.')).toHaveLength(4);
  });

  it('refuses to make a pack another folder would refuse (a cited article missing)', () => {
    expect(() => buildDatasetPack([{ country: country('AZ'), records: [milestone('az-a', 'AZ', 'art-9')], articles: [] }], '2026.12.2', now)).toThrow(
      expect.objectContaining({ code: 'dataset-invalid', params: expect.objectContaining({ detail: expect.stringContaining("unknown article 'art-9'") }) }),
    );
  });
});
