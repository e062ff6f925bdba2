import { describe, expect, it } from 'vitest';
import { makeTestDataset } from '../testing/test-dataset';
import type { RelationsRecord } from '../../shared/records/record-schema';
import { createRecordsService } from './records-service';

const text = (value: string) => ({ vi: value, en: value, translation: 'ours' as const });

function framework(id: string, date: string, name: string): RelationsRecord {
  const [base] = makeTestDataset().records;
  return { ...base!, id, date, kind: 'framework', framework: text(name), title: text(name) } as RelationsRecord;
}

describe('listCountries', () => {
  it('gives each country its current framework (the newest) and the date of its newest record', () => {
    const dataset = makeTestDataset();
    dataset.records.push(framework('az-framework-2001', '2001', 'Strategic Partnership'), framework('az-framework-2012', '2012', 'Comprehensive'));
    const [azerbaijan, belarus] = createRecordsService(dataset).listCountries();
    expect(azerbaijan).toMatchObject({ recordCount: 3, newestDate: '2012', framework: { name: text('Comprehensive'), since: '2012' } });
    expect(belarus).toMatchObject({ recordCount: 1, newestDate: '2024', framework: undefined });
  });
});
