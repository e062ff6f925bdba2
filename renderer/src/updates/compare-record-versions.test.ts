import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { RelationsRecord } from '../../../app/shared/records/record-schema';
import { compareRecordVersions, sameFieldValue } from './compare-record-versions';

const dataset = JSON.parse(readFileSync(path.resolve(import.meta.dirname, '../../../resources/dataset/dataset.json'), 'utf8')) as {
  records: RelationsRecord[];
};
const establishment = dataset.records.find((record) => record.id === 'az-relations-1992');
if (!establishment) throw new Error('the bundled dataset has no az-relations-1992');

describe('compareRecordVersions', () => {
  it('marks only the fields where the versions disagree, leading fields first and the id left out', () => {
    const theirsNow = { ...establishment, summary: { ...establishment.summary, en: 'A new English summary.' } };
    const mine = { ...establishment, title: { ...establishment.title, vi: 'Tiêu đề của tôi' } };
    const rows = compareRecordVersions([establishment, theirsNow, mine]);
    expect(rows.slice(0, 3).map((row) => row.field)).toEqual(['kind', 'title', 'summary']);
    expect(rows.filter((row) => row.differs).map((row) => row.field)).toEqual(['title', 'summary']);
    expect(rows.map((row) => row.field)).not.toContain('id');
    expect(rows.map((row) => row.field)).toContain('sources');
  });

  it('lists a field only one version has, as differing, and skips a version the update removed', () => {
    const mine = { ...establishment, dateEnd: '1992-10' };
    const rows = compareRecordVersions([establishment, undefined, mine]);
    expect(rows.find((row) => row.field === 'dateEnd')).toEqual({ field: 'dateEnd', differs: true });
    expect(rows.find((row) => row.field === 'date')).toEqual({ field: 'date', differs: false });
  });
});

describe('sameFieldValue', () => {
  it('ignores the order of object keys but not of array items', () => {
    expect(sameFieldValue({ vi: 'a', en: 'b' }, { en: 'b', vi: 'a' })).toBe(true);
    expect(sameFieldValue(['a', 'b'], ['b', 'a'])).toBe(false);
    expect(sameFieldValue(undefined, null)).toBe(false);
  });
});
