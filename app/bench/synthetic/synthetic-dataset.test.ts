import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkDataset } from '../../core/records/check-dataset';
import { datasetSchema, recordKinds } from '../../shared/records/record-schema';
import { syntheticDataset } from './synthetic-dataset';
import { writeSyntheticDatasetFile } from './write-dataset-file';

const size = { countries: 40, recordsPerCountry: 60 };

/** Every string of a value, keys excluded. */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value !== null && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

describe('synthetic datasets', () => {
  const dataset = syntheticDataset(size, 7);

  it('satisfy the dataset schema and the dataset checks, with every record kind', () => {
    expect(datasetSchema.safeParse(dataset).error).toBeUndefined();
    expect(checkDataset(dataset).filter((problem) => problem.severity === 'error')).toEqual([]);
    expect(dataset.countries).toHaveLength(size.countries);
    expect(dataset.records).toHaveLength(size.countries * size.recordsPerCountry);
    expect(new Set(dataset.records.map((record) => record.kind))).toEqual(new Set(recordKinds));
    expect(new Set(dataset.countries.map((country) => country.code)).size).toBe(size.countries);
  });

  it('write Vietnamese with tones and đ, in NFC, and English beside it', () => {
    const text = strings(dataset);
    expect(text.every((value) => value === value.normalize('NFC'))).toBe(true);
    const vietnamese = dataset.records.map((record) => record.summary.vi).join(' ');
    for (const letter of ['à', 'á', 'ả', 'ã', 'ạ', 'ệ', 'ộ', 'ư', 'ơ', 'đ', 'Đ']) expect(vietnamese).toContain(letter);
    expect(dataset.records.every((record) => record.title.en !== record.title.vi)).toBe(true);
  });

  it('are the same for the same seed and differ for another', () => {
    expect(JSON.stringify(syntheticDataset(size, 7))).toBe(JSON.stringify(dataset));
    expect(JSON.stringify(syntheticDataset(size, 8))).not.toBe(JSON.stringify(dataset));
  });

  it('are written to a file country by country, parsing to the same dataset', async () => {
    const folder = await mkdtemp(path.join(os.tmpdir(), 'synthetic-dataset-'));
    const file = path.join(folder, 'dataset.json');
    const written = await writeSyntheticDatasetFile(file, size, 7);
    const text = await readFile(file, 'utf8');
    await rm(folder, { recursive: true });
    expect(written.bytes).toBe(Buffer.byteLength(text));
    const parsed = datasetSchema.parse(JSON.parse(text));
    expect(parsed).toEqual(dataset);
    expect(written.recordIds.get('RU')).toEqual(dataset.records.filter((record) => record.country === 'RU').map((record) => record.id));
  });
});
