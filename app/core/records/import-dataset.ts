import { AppError } from '../../shared/app-error';
import type { NotesStore } from '../notes/notes-store';
import { loadDatasetFile } from './load-bundled-dataset';
import { DATASET_SCHEMA_VERSION, type Dataset } from '../../shared/records/record-schema';
import type { ReferenceLayer } from './open-reference-layer';
import { REFERENCE_INDEX_FILE } from './reference-layer-files';

export interface DatasetImportReport {
  fromVersion: string;
  toVersion: string;
  countries: number;
  records: number;
  /** Notes on records the new dataset no longer has: they stay, shown with their country. */
  notesOnRemovedRecords: number;
}

/** What an import changes and reads: the folder's reference layer, the notes (counted), and the desk to refresh. */
export interface DatasetImportTarget {
  readonly access: 'read' | 'write';
  readonly reference: Pick<ReferenceLayer, 'readOnly' | 'records' | 'replace'>;
  readonly notes: Pick<NotesStore, 'all'>;
  /** Makes the search see the new reference records. */
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
 * every problem, and nothing changes), then the reference layer is replaced (see `replaceReferenceLayer`).
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
  if (desk.access !== 'write') throw new AppError('data-folder-read-only', { file: REFERENCE_INDEX_FILE });
  if (desk.reference.readOnly) throw new AppError('file-newer-than-app', { file: REFERENCE_INDEX_FILE });
  await replaceReferenceLayer(desk, dataset, onStep);
  return plan;
}

/**
 * The replace step of an import: the layer is written anew from `dataset` (all or nothing), the layer it
 * replaces moved to backups/, and the desk's records and search see the new records at once.
 */
export async function replaceReferenceLayer(desk: DatasetImportTarget, dataset: Dataset, onStep: (step: DatasetImportStep) => void): Promise<void> {
  onStep('backingUp');
  onStep('replacing');
  await desk.reference.replace(dataset);
  desk.reloadReferenceRecords();
}

/** What importing `dataset` would do to the desk: the versions, the counts, the notes left on removed records. */
function planDatasetImport(desk: DatasetImportTarget, dataset: Dataset): DatasetImportReport {
  const recordIds = new Set(dataset.records.map((record) => record.id));
  const notesOnRemovedRecords = desk.notes.all().filter((note) => note.recordId !== undefined && !recordIds.has(note.recordId)).length;
  return {
    fromVersion: desk.reference.records.datasetInfo().datasetVersion,
    toVersion: dataset.datasetVersion,
    countries: dataset.countries.length,
    records: dataset.records.length,
    notesOnRemovedRecords,
  };
}
