import { describe, expect, it } from 'vitest';
import type { RelationsRecord } from '../../shared/records/record-schema';
import { applyMergePatch, mergeRecordPatch, patchedRecordSchema, recordPatchFileSchema } from './record-patch';

const text = (vi: string, en: string) => ({ vi, en, translation: 'ours' as const });
const current: RelationsRecord = {
  id: 'az-milestone-2020',
  country: 'AZ',
  kind: 'milestone',
  date: '2020-05',
  dateEnd: '2020-06',
  title: text('Hội thảo', 'Seminar'),
  summary: text('Tóm tắt', 'Summary'),
  sources: [{ article: 'art-a', passage: 'Câu gốc.', confidence: 'high' }],
};

describe('record patches', () => {
  it('merges as RFC 7396 says: objects merge, null removes, arrays and values replace', () => {
    expect(applyMergePatch({ a: 1, b: { c: 2, d: 3 }, e: [1, 2] }, { a: null, b: { c: 9 }, e: [3] })).toEqual({ b: { c: 9, d: 3 }, e: [3] });
    expect(applyMergePatch({ a: 1 }, 'x')).toBe('x');
  });

  it('merges the fields onto the current record, leaving the patch articles out and the current record as it was', () => {
    const patch = recordPatchFileSchema.parse({ title: { en: 'Scientific seminar' }, dateEnd: null });
    expect(patch.articles).toEqual([]);
    const merged = mergeRecordPatch(current, patch);
    expect(merged).toEqual({ ...current, title: text('Hội thảo', 'Scientific seminar'), dateEnd: undefined });
    expect(merged).not.toHaveProperty('dateEnd');
    expect(merged).not.toHaveProperty('articles');
    expect(current.title.en).toBe('Seminar');
    expect(patchedRecordSchema(current).safeParse(merged).success).toBe(true);
  });

  it('refuses a patch that changes nothing, and an edit that changes the id or the country', () => {
    const empty = recordPatchFileSchema.safeParse({ articles: [] });
    expect(empty.error?.issues[0]).toMatchObject({ code: 'custom', params: { problem: 'patch-empty' } });
    expect(recordPatchFileSchema.safeParse([]).success).toBe(false);
    for (const [field, value] of [['id', 'az-other'], ['country', 'RU']] as const) {
      const issue = patchedRecordSchema(current).safeParse({ ...current, [field]: value }).error?.issues[0];
      expect(issue).toMatchObject({ path: [field], params: { problem: 'patch-fixed', value: current[field] } });
    }
  });
});
