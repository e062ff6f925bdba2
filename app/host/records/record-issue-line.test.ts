import { describe, expect, it } from 'vitest';
import { createNodeTranslator } from '../../core/i18n/node-translator';
import { z } from 'zod';
import { articleSchema, relationsRecordSchema } from '../../shared/records/record-schema';
import { issueField, issueLine } from './record-issue-line';

const translate = createNodeTranslator();
/** A record file's shape: the record, and the articles it cites. */
const recordFileSchema = z.object({ record: relationsRecordSchema, articles: z.array(articleSchema).optional() }).strict();
const text = (vi: string, en: string) => ({ vi, en, translation: 'ours' as const });
const person = { name: text('A', 'A'), title: text('B', 'B'), country: 'MN' };
const visit = {
  id: 'mn-visit-2025',
  country: 'MN',
  kind: 'visit',
  date: '2025-03-04',
  direction: 'to-vietnam',
  level: 'state',
  title: text('Chuyến thăm', 'Visit'),
  summary: text('Tóm tắt', 'Summary'),
  sources: [{ article: 'art-a', passage: 'Câu gốc.', confidence: 'high' }],
  principal: person,
  counterparts: [],
};

/** The line for the first issue of a record file holding `record` (and `extra` beside it). */
function lineFor(record: Record<string, unknown>, language: 'vi' | 'en', extra: Record<string, unknown> = {}): string {
  const result = recordFileSchema.safeParse({ record, ...extra }, { reportInput: true });
  const issue = result.error?.issues[0];
  if (!issue) throw new Error('expected the file to be refused');
  return issueLine(issue, translate(language));
}

describe('one line per refused record file, naming the field and the problem', () => {
  it('says each kind of problem in English', () => {
    expect(lineFor({ ...visit, date: '2025-3' }, 'en')).toBe("record.date: malformed date '2025-3' (expected YYYY, YYYY-MM or YYYY-MM-DD)");
    expect(lineFor({ ...visit, date: '2025-13' }, 'en')).toBe('record.date: impossible date 2025-13 (expected a real date)');
    expect(lineFor({ ...visit, direction: undefined }, 'en')).toBe('record.direction: is missing');
    expect(lineFor({ ...visit, principal: undefined }, 'en')).toBe('record.principal: is missing');
    expect(lineFor({ ...visit, level: 'royal' }, 'en')).toBe("record.level: 'royal' is not one of: state, official, working, other");
    expect(lineFor({ ...visit, kind: 'party' }, 'en')).toMatch(/^record\.kind: 'party' is not one of: relations, framework, .*cooperation$/);
    expect(lineFor({ ...visit, sources: [] }, 'en')).toBe('record.sources: must not be empty');
    expect(lineFor({ ...visit, country: 'mn' }, 'en')).toBe("record.country: 'mn' is not written as expected (an ISO code of two capital letters, such as AZ)");
    expect(lineFor({ ...visit, title: text('', 'Visit') }, 'en')).toBe('record.title.vi: the Vietnamese text is empty');
    expect(lineFor({ ...visit, counterparts: 'none' }, 'en')).toBe('record.counterparts: expected array');
    expect(lineFor({ ...visit, sources: [{ ...visit.sources[0], confidence: 'sure' }] }, 'en')).toBe("record.sources[0].confidence: 'sure' is not one of: high, medium, low");
    expect(lineFor(visit, 'en', { notes: 'x' })).toBe('notes: is not a field here');
  });

  it('says them in Vietnamese for an officer who works in Vietnamese', () => {
    expect(lineFor({ ...visit, date: '2025-13' }, 'vi')).toBe('record.date: ngày 2025-13 không có thật (cần một ngày có thật)');
    expect(lineFor({ ...visit, direction: undefined }, 'vi')).toBe('record.direction: còn thiếu');
    expect(lineFor({ ...visit, sources: [] }, 'vi')).toBe('record.sources: không được để trống');
  });

  it('names array items by their index', () => {
    expect(issueField(['record', 'sources', 0, 'passage'])).toBe('record.sources[0].passage');
    expect(issueField([])).toBe('');
  });
});
