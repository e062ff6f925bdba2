import { describe, expect, it } from 'vitest';
import type { RelationsRecord } from '../../../app/shared/records/record-schema';
import { changedFields } from './changed-fields';

const record = {
  id: 'az-cooperation-culture',
  country: 'AZ',
  kind: 'cooperation',
  title: { vi: 'Hợp tác văn hóa', en: 'Cultural cooperation', translation: 'ours' },
  summary: { vi: 'Tóm tắt', en: 'Summary', translation: 'ours' },
  area: { vi: 'Văn hóa', en: 'Culture', translation: 'ours' },
  sources: [{ kind: 'knowledge', passage: 'Tôi biết.', confidence: 'medium' }],
} as RelationsRecord;

describe('changedFields', () => {
  it('names the fields an edit changed, added or removed', () => {
    const edited = { ...record, title: { ...record.title, vi: 'Hợp tác văn hóa và nghệ thuật' }, date: '2024' } as RelationsRecord;
    expect(changedFields(record, edited)).toEqual(['title', 'date']);
    expect(changedFields(edited, record)).toEqual(['title', 'date']);
  });

  it('names nothing for the first version or an unchanged one', () => {
    expect(changedFields(undefined, record)).toEqual([]);
    expect(changedFields(record, { ...record })).toEqual([]);
  });
});
