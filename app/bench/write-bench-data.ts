import { copyFile, cp, mkdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { packageRoot } from '../core/package-root';
import { bundledDatasetPath, loadBundledDataset } from '../core/records/load-bundled-dataset';
import { RECORDS_FILE_NAME } from '../core/records/records-file';
import type { Country, CountryCode } from '../shared/records/record-schema';
import type { BenchScale } from './bench-scales';
import { createSeededRandom } from './synthetic/seeded-random';
import { syntheticNotes } from './synthetic/synthetic-notes';
import { writeSyntheticDatasetFile } from './synthetic/write-dataset-file';
import { writeNotes } from './synthetic/write-notes';

/** A data folder ready to open, with the resources folder the app would ship with that much data. */
export interface BenchData {
  dataDir: string;
  resourcesDir: string;
  countries: Country[];
  records: number;
  notes: number;
  /** Size of records.json. */
  recordsBytes: number;
  /** How long writing it all took. */
  generationMs: number;
}

/** The app's resources (countries, place names…) beside the scale's dataset, which replaces the bundled one. */
async function writeDataset(scale: BenchScale, resourcesDir: string, seed: number) {
  const target = bundledDatasetPath(resourcesDir);
  const appResources = path.join(packageRoot(), 'resources');
  await cp(appResources, resourcesDir, { recursive: true, filter: (source) => source !== bundledDatasetPath(appResources) });
  if (scale.dataset === 'bundled') {
    await mkdir(path.dirname(target), { recursive: true });
    await copyFile(bundledDatasetPath(appResources), target);
    const dataset = await loadBundledDataset(resourcesDir);
    const recordIds = new Map<CountryCode, string[]>();
    for (const record of dataset.records) {
      const ids = recordIds.get(record.country) ?? [];
      ids.push(record.id);
      recordIds.set(record.country, ids);
    }
    return { countries: dataset.countries, recordIds };
  }
  return writeSyntheticDatasetFile(target, scale.dataset, seed);
}

/**
 * Writes a scale's data into `folder`: `resources/dataset/dataset.json` (the bundled dataset the app
 * would ship: the real one for `small`, a synthetic one otherwise), `data/records.json` (the same
 * records, as an app before the split per country left them: the first open migrates them, and is timed apart) and the notes, saved through the notes service.
 */
export async function writeBenchData(folder: string, scale: BenchScale, seed: number): Promise<BenchData> {
  const started = performance.now();
  const resourcesDir = path.join(folder, 'resources');
  const dataDir = path.join(folder, 'data');
  const { countries, recordIds } = await writeDataset(scale, resourcesDir, seed);
  await mkdir(dataDir, { recursive: true });
  const recordsFile = path.join(dataDir, RECORDS_FILE_NAME);
  await copyFile(bundledDatasetPath(resourcesDir), recordsFile);
  const notes = syntheticNotes(createSeededRandom(seed + 1), scale.notes, countries, recordIds);
  await writeNotes(dataDir, notes);
  const { size } = await stat(recordsFile);
  return {
    dataDir,
    resourcesDir,
    countries,
    records: [...recordIds.values()].reduce((sum, ids) => sum + ids.length, 0),
    notes: notes.length,
    recordsBytes: size,
    generationMs: performance.now() - started,
  };
}
