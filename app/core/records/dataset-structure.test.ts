import { describe, expect, it } from 'vitest';
import { makeTestDataset } from '../testing/test-dataset';
import { datasetStructureSchema } from './dataset-structure';

describe('datasetStructureSchema', () => {
  it('accepts a valid dataset', () => {
    expect(datasetStructureSchema.safeParse(makeTestDataset('2026.1.1')).success).toBe(true);
  });

  it('refuses a file without the structure of a dataset', () => {
    const dataset = makeTestDataset('2026.1.1');
    const [first, ...rest] = dataset.records;
    expect(datasetStructureSchema.safeParse({ ...dataset, records: undefined }).success).toBe(false);
    expect(datasetStructureSchema.safeParse({ ...dataset, datasetVersion: '' }).success).toBe(false);
    expect(datasetStructureSchema.safeParse({ ...dataset, records: [{ ...first, title: 'flat' }, ...rest] }).success).toBe(false);
    expect(datasetStructureSchema.safeParse([]).success).toBe(false);
  });
});
