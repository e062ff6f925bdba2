import { openDataFile, type DataFile } from '../store/data-file';
import type { BundledDataset } from './load-bundled-dataset';
import { datasetStructureSchema } from './dataset-structure';
import { DATASET_SCHEMA_VERSION, type Dataset } from '../../shared/records/record-schema';

/** The one file that held every reference record before the layer was split per country (schemaVersion 1). */
export const RECORDS_FILE_NAME = 'records.json';

/**
 * Opens the records.json an earlier app wrote, to migrate it (or, for a reading command, to read it as it
 * is). A damaged file is moved aside and its newest good copy used; with none, the bundled dataset.
 * The file is checked for its structure only (see `datasetStructureSchema`).
 */
export function openRecordsFile(dataDir: string, bundled: BundledDataset, readOnly: boolean): Promise<DataFile<Dataset>> {
  return openDataFile({
    dataDir,
    name: RECORDS_FILE_NAME,
    schema: datasetStructureSchema,
    version: DATASET_SCHEMA_VERSION,
    createDefault: bundled.load,
    readOnly,
    debounceMs: 0,
  });
}

/** Compares dotted versions numerically: `2026.11.10` is newer than `2026.11.9`. */
export function compareDatasetVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i += 1) {
    const diff = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (diff !== 0) return Math.sign(diff);
  }
  return 0;
}
