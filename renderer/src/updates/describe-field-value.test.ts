import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createNodeTranslator } from '../../../app/core/i18n/node-translator';
import type { RelationsRecord } from '../../../app/shared/records/record-schema';
import { describeFieldValue } from './describe-field-value';

const dataset = JSON.parse(readFileSync(path.resolve(import.meta.dirname, '../../../resources/dataset/dataset.json'), 'utf8')) as {
  records: RelationsRecord[];
};
const byId = (id: string) => {
  const record = dataset.records.find((candidate) => candidate.id === id);
  if (!record) throw new Error(`the bundled dataset has no ${id}`);
  return record;
};
const translate = createNodeTranslator();

describe('describeFieldValue', () => {
  it('shows both languages of a text, so a change in either is seen', () => {
    const record = byId('az-relations-1992');
    const lines = describeFieldValue('title', record.title, record.kind, translate('en'), 'en');
    expect(lines).toEqual([
      { text: record.title.vi, lang: 'vi' },
      { text: `${record.title.en} (our translation)`, lang: 'en' },
    ]);
  });

  it('writes dates, coded values and amounts as the language does, keeping the qualifier', () => {
    const record = byId('az-relations-1992');
    expect(describeFieldValue('date', '1992-09-23', record.kind, translate('vi'), 'vi')).toEqual([{ text: '23/09/1992' }]);
    expect(describeFieldValue('kind', 'visit', 'visit', translate('vi'), 'vi')).toEqual([{ text: 'Chuyến thăm' }]);
    expect(describeFieldValue('direction', 'from-vietnam', 'investment', translate('en'), 'en')).toEqual([{ text: 'From Vietnam' }]);
    expect(describeFieldValue('amount', { value: 65_000_000, currency: 'USD', qualifier: 'more-than' }, 'trade', translate('vi'), 'vi')).toEqual([
      { text: 'hơn 65.000.000 USD' },
    ]);
    expect(describeFieldValue('year', 2023, 'trade', translate('vi'), 'vi')).toEqual([{ text: '2023' }]);
  });

  it('gives one line per source, naming where it comes from, and none for an absent value', () => {
    const record = byId('az-relations-1992');
    const [first] = record.sources;
    if (!first || !('article' in first)) throw new Error('az-relations-1992 cites no article first');
    const document = { kind: 'document' as const, title: 'Công hàm số 12', number: '12/CH', confidence: 'high' as const };
    const lines = describeFieldValue('sources', [...record.sources, document], record.kind, translate('en'), 'en');
    expect(lines).toHaveLength(record.sources.length + 1);
    expect(lines[0]?.text).toBe(`${first.article}: “${first.passage}” (confidence: Medium)`);
    expect(lines.at(-1)?.text).toBe('Internal document, Công hàm số 12, 12/CH (confidence: High)');
    expect(describeFieldValue('dateEnd', undefined, record.kind, translate('en'), 'en')).toEqual([]);
  });
});
