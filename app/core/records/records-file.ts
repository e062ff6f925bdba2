import { backupDataFile } from '../store/backup-file';
import { openDataFile, type DataFile } from '../store/data-file';
import type { BundledDataset } from './load-bundled-dataset';
import { datasetStructureSchema } from './dataset-structure';
import { DATASET_SCHEMA_VERSION, type Dataset } from '../../shared/records/record-schema';

export const RECORDS_FILE_NAME = 'records.json';

/**
 * Opens the reference records of a data folder; the first start seeds them from `bundled`.
 * When `bundled` is a newer dataset than the stored one (an app upgrade), the stored file is
 * copied to backups/ and replaced, and the officer is told (`dataset-updated`, naming the backup). Notes and settings live in other files and are not touched.
 * The bundled dataset is loaded only when it is needed: its declared version says whether it is newer.
 * The stored file is checked for its structure only (see `datasetStructureSchema`).
 */
export async function openRecordsFile(dataDir: string, bundled: BundledDataset, readOnly: boolean): Promise<DataFile<Dataset>> {
  const file = await openDataFile({
    dataDir,
    name: RECORDS_FILE_NAME,
    schema: datasetStructureSchema,
    version: DATASET_SCHEMA_VERSION,
    createDefault: bundled.load,
    readOnly,
    debounceMs: 0,
  });
  if (file.readOnly) return file;
  const current = file.data.datasetVersion;
  const declared = await bundled.version();
  if (declared !== undefined && compareDatasetVersions(declared, current) <= 0) return file;
  const newer = await bundled.load();
  if (compareDatasetVersions(newer.datasetVersion, current) > 0) {
    const backup = await backupDataFile(dataDir, RECORDS_FILE_NAME, current);
    file.update((data) => Object.assign(data, newer));
    await file.flush();
    file.addNotice({ code: 'dataset-updated', file: RECORDS_FILE_NAME, fromDataset: current, toDataset: newer.datasetVersion, movedTo: backup });
  }
  return file;
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
