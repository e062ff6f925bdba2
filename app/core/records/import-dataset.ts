import { AppError } from '../../shared/app-error';
import type { NotesStore } from '../notes/notes-store';
import type { DataFile } from '../store/data-file';
import { loadDatasetFile } from './load-bundled-dataset';
import { DATASET_SCHEMA_VERSION, type Dataset } from '../../shared/records/record-schema';
import { backupDataFile } from '../store/backup-file';
import { RECORDS_FILE_NAME } from './records-file';

export interface DatasetImportReport {
  fromVersion: string;
  toVersion: string;
  countries: number;
  records: number;
  /** Notes on records the new dataset no longer has: they stay, shown with their country. */
  notesOnRemovedRecords: number;
}

/** What an import changes and reads: the folder's records file, the notes (counted), and the desk to refresh. */
export interface DatasetImportTarget {
  readonly dataDir: string;
  readonly access: 'read' | 'write';
  readonly recordsFile: DataFile<Dataset>;
  readonly notes: Pick<NotesStore, 'all'>;
  /** Makes the open records and search see the new records.json. */
  reloadReferenceRecords(): void;
}

/** The steps of an import, told as they start (a terminal shows them as progress). */
export type DatasetImportStep = 'reading' | 'planning' | 'backingUp' | 'replacing';

export interface DatasetImportOptions {
  /** Only say what it would do. */
  dryRun?: boolean;
  onStep?: (step: DatasetImportStep) => void;
}

/**
 * Replaces the reference records with a dataset file (with `dryRun`, only says what it would do), all or nothing: the file is read and validated in
 * full first by the one dataset schema (a dataset with any problem is refused with `dataset-invalid`, naming
 * every problem, and nothing changes), then records.json is copied to backups/ and replaced atomically.
 * Notes and settings are never touched; the open desk's records and search see the new records at once.
 */
export async function importDataset(desk: DatasetImportTarget, file: string, options: DatasetImportOptions = {}): Promise<DatasetImportReport> {
  const onStep = options.onStep ?? (() => undefined);
  onStep('reading');
  const dataset = await loadDatasetFile(file);
  if (dataset.schemaVersion !== DATASET_SCHEMA_VERSION) {
    throw new AppError('dataset-invalid', {
      path: file,
      detail: `schemaVersion ${dataset.schemaVersion} is not the format this app reads (${DATASET_SCHEMA_VERSION})`,
    });
  }
  onStep('planning');
  const plan = planDatasetImport(desk, dataset);
  if (options.dryRun) return plan;
  if (desk.access !== 'write') throw new AppError('data-folder-read-only', { file: RECORDS_FILE_NAME });
  if (desk.recordsFile.readOnly) throw new AppError('file-newer-than-app', { file: RECORDS_FILE_NAME });

  onStep('backingUp');
  await backupDataFile(desk.dataDir, RECORDS_FILE_NAME, plan.fromVersion);
  onStep('replacing');
  desk.recordsFile.update((data) => {
    data.schemaVersion = dataset.schemaVersion;
    data.datasetVersion = dataset.datasetVersion;
    data.asOf = dataset.asOf;
    data.articles = dataset.articles;
    data.countries = dataset.countries;
    data.records = dataset.records;
  });
  await desk.recordsFile.flush();
  desk.reloadReferenceRecords();
  return plan;
}

/** What importing `dataset` would do to the desk: the versions, the counts, the notes left on removed records. */
function planDatasetImport(desk: DatasetImportTarget, dataset: Dataset): DatasetImportReport {
  const recordIds = new Set(dataset.records.map((record) => record.id));
  const notesOnRemovedRecords = desk.notes.all().filter((note) => note.recordId !== undefined && !recordIds.has(note.recordId)).length;
  return {
    fromVersion: desk.recordsFile.data.datasetVersion,
    toVersion: dataset.datasetVersion,
    countries: dataset.countries.length,
    records: dataset.records.length,
    notesOnRemovedRecords,
  };
}
