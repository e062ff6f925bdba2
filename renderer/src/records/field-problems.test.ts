import { describe, expect, it } from 'vitest';
import { addRecordInputSchema } from '../../../app/shared/records/record-layers';
import { fieldOfInvalidInput, fieldProblems } from './field-problems';

const source = { article: 'a-1', passage: 'Câu trích.', confidence: 'high' };
const text = (vi: string, en: string) => ({ vi, en, translation: 'ours' });

function problemsOf(record: Record<string, unknown>) {
  const input = { record, articles: [] };
  const parsed = addRecordInputSchema.safeParse(input);
  if (parsed.success) throw new Error('expected the record to be refused');
  return Object.fromEntries(fieldProblems(parsed.error.issues, input));
}

describe('field problems', () => {
  it('names each refused field by its path with a key of the officer’s language', () => {
    const problems = problemsOf({
      id: 'mine-mn-trade-x',
      country: 'MN',
      kind: 'trade',
      title: text('Thương mại', ''),
      summary: text('Tóm tắt', 'Summary'),
      sources: [],
      year: 2024,
      flow: 'turnover',
      amount: { value: 'many', currency: 'usd' },
    });
    expect(problems).toEqual({
      'record.title.en': { key: 'textMissing' },
      'record.sources': { key: 'noSource' },
      'record.amount.value': { key: 'number' },
      'record.amount.currency': { key: 'currency' },
    });
  });

  it('tells a missing required field, an impossible date and an unknown choice apart', () => {
    const problems = problemsOf({
      id: 'mine-mn-visit-x',
      country: 'MN',
      kind: 'visit',
      date: '2025-02-30',
      title: text('Chuyến thăm', 'Visit'),
      summary: text('Tóm tắt', 'Summary'),
      sources: [source],
      direction: 'sideways',
      level: 'state',
      counterparts: [],
    });
    expect(problems).toEqual({
      'record.date': { key: 'date' },
      'record.direction': { key: 'choose' },
      'record.principal': { key: 'required' },
    });
  });

  it('takes the field from an invalid-input reply’s detail, and nothing from other replies', () => {
    expect(fieldOfInvalidInput('invalid-input', { request: 'addRecord', detail: 'record.amount.value: Too small' })).toBe('record.amount.value');
    expect(fieldOfInvalidInput('invalid-input', { request: 'addRecord', detail: 'invalid' })).toBeUndefined();
    expect(fieldOfInvalidInput('record-exists', { detail: 'record.id: taken' })).toBeUndefined();
  });
});
