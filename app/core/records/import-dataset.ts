import { AppError } from '../../shared/app-error';
import type { Desk } from '../desk';
import { loadDatasetFile } from './load-bundled-dataset';
import { DATASET_SCHEMA_VERSION } from '../../shared/records/record-schema';
import { backupDataFile } from '../store/backup-file';
import { RECORDS_FILE_NAME } from './records-file';
import { createRecordsService } from './records-service';

export interface DatasetImportReport {
  fromVersion: string;
  toVersion: string;
  countries: number;
  records: number;
  /** Notes on records the new dataset no longer has: they stay, shown with their country. */
  notesOnRemovedRecords: number;
}

/**
 * Replaces the reference records with a dataset file, all or nothing: the file is read and validated in
 * full first by the one dataset schema (a dataset with any problem is refused with `dataset-invalid`, naming
 * every problem, and nothing changes), then records.json is copied to backups/ and replaced atomically.
 * Notes and settings are never touched.
 */
export async function importDataset(desk: Desk, file: string): Promise<DatasetImportReport> {
  const dataset = await loadDatasetFile(file);
  if (dataset.schemaVersion !== DATASET_SCHEMA_VERSION) {
    throw new AppError('dataset-invalid', {
      path: file,
      detail: `schemaVersion ${dataset.schemaVersion} is not the format this app reads (${DATASET_SCHEMA_VERSION})`,
    });
  }
  if (desk.access !== 'write') throw new AppError('data-folder-read-only', { file: RECORDS_FILE_NAME });
  if (desk.recordsFile.readOnly) throw new AppError('file-newer-than-app', { file: RECORDS_FILE_NAME });

  const fromVersion = desk.recordsFile.data.datasetVersion;
  await backupDataFile(desk.dataDir, RECORDS_FILE_NAME, fromVersion);
  desk.recordsFile.update((data) => {
    data.schemaVersion = dataset.schemaVersion;
    data.datasetVersion = dataset.datasetVersion;
    data.asOf = dataset.asOf;
    data.articles = dataset.articles;
    data.countries = dataset.countries;
    data.records = dataset.records;
  });
  await desk.recordsFile.flush();

  const records = createRecordsService(dataset);
  const notesOnRemovedRecords = desk.notes
    .all()
    .filter((note) => note.recordId !== undefined && records.findRecord(note.recordId) === undefined).length;
  return {
    fromVersion,
    toVersion: dataset.datasetVersion,
    countries: dataset.countries.length,
    records: dataset.records.length,
    notesOnRemovedRecords,
  };
}
