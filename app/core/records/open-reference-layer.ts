import { existsSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { AppError } from '../../shared/app-error';
import type { Dataset } from '../../shared/records/record-schema';
import type { StoreNotice } from '../../shared/store/store-notice';
import { backupDataFile } from '../store/backup-file';
import { openDataFile } from '../store/data-file';
import { previousCopyPath } from '../store/durable-json-file';
import type { BundledDataset } from './load-bundled-dataset';
import { compareDatasetVersions, openRecordsFile, RECORDS_FILE_NAME } from './records-file';
import { createRecordsService, type RecordsService } from './records-service';
import { REFERENCE_INDEX_FILE, REFERENCE_LAYER_VERSION, referenceIndexSchema } from './reference-layer-files';
import { createReferenceRecordsService } from './reference-records-service';
import { splitDataset } from './split-dataset';
import { finishInterruptedReplace, writeReferenceLayer } from './write-reference-layer';

/** The reference records of a data folder: the dataset packs' layer, replaced whole by an update. */
export interface ReferenceLayer {
  /** The records as they are now (a replace swaps them). */
  readonly records: RecordsService;
  /** True for a reading command, or a layer written by a newer app (never rewritten). */
  readonly readOnly: boolean;
  /** What the officer must be told about the layer's files; grows as countries are read. */
  readonly notices: readonly StoreNotice[];
  /** Replaces the layer with `dataset`; the layer it replaces goes to backups/, whose path is returned. */
  replace(dataset: Dataset): Promise<string | undefined>;
}

/**
 * Turns the records.json of an earlier app into the split layer: records.json is copied to backups/
 * first, the layer is written (all or nothing), then records.json is removed. A process killed on the
 * way leaves records.json in place, and the next open migrates again.
 */
async function migrateRecordsFile(dataDir: string, bundled: BundledDataset, notices: StoreNotice[]): Promise<void> {
  const file = await openRecordsFile(dataDir, bundled, false);
  notices.push(...file.notices);
  const fromVersion = file.data.schemaVersion;
  await backupDataFile(dataDir, RECORDS_FILE_NAME, `v${fromVersion}`);
  await writeReferenceLayer(dataDir, file.data, file.data.datasetVersion);
  await rm(path.join(dataDir, RECORDS_FILE_NAME));
  await rm(previousCopyPath(path.join(dataDir, RECORDS_FILE_NAME)), { force: true });
  notices.push({ code: 'file-migrated', file: RECORDS_FILE_NAME, fromVersion, toVersion: REFERENCE_LAYER_VERSION });
}

/** A layer held in memory, never written: what a reading command or a newer app's layer shows. */
function layerInMemory(dataset: Dataset, notices: readonly StoreNotice[], file: string): ReferenceLayer {
  const replace = () => Promise.reject(new AppError('data-folder-read-only', { file }));
  return { records: createRecordsService(dataset), readOnly: true, notices: [...notices], replace };
}

/** The layer of a reading command on a folder an earlier app wrote (or none yet): records.json or the bundled dataset. */
async function readUnsplitLayer(dataDir: string, bundled: BundledDataset): Promise<ReferenceLayer> {
  const legacy = existsSync(path.join(dataDir, RECORDS_FILE_NAME)) ? await openRecordsFile(dataDir, bundled, true) : undefined;
  return layerInMemory(legacy?.data ?? (await bundled.load()), legacy?.notices ?? [], RECORDS_FILE_NAME);
}

/**
 * Opens the reference layer of a data folder (see `reference-layer-files` for its files). The first start
 * writes it from `bundled`; a folder an earlier app wrote is migrated (see `migrateRecordsFile`). When
 * `bundled` is newer than the layer (an app upgrade), the layer is replaced and the officer told
 * (`dataset-updated`, naming the backup); the bundled dataset is loaded only when its declared version is newer.
 */
export async function openReferenceLayer(dataDir: string, bundled: BundledDataset, readOnly: boolean): Promise<ReferenceLayer> {
  const indexExists = () => existsSync(path.join(dataDir, REFERENCE_INDEX_FILE));
  if (!readOnly) await finishInterruptedReplace(dataDir);
  if (readOnly && !indexExists()) return readUnsplitLayer(dataDir, bundled);
  const notices: StoreNotice[] = [];
  if (!indexExists()) {
    if (existsSync(path.join(dataDir, RECORDS_FILE_NAME))) await migrateRecordsFile(dataDir, bundled, notices);
    else await writeReferenceLayer(dataDir, await bundled.load(), 'none');
  }
  /** The bundled dataset, when the index was lost (damaged with no good copy, or a newer app's that this one cannot read). */
  let lost: Dataset | undefined;
  const openIndex = () =>
    openDataFile({
      dataDir,
      name: REFERENCE_INDEX_FILE,
      schema: referenceIndexSchema,
      version: REFERENCE_LAYER_VERSION,
      createDefault: async () => {
        lost = await bundled.load();
        return splitDataset(lost).index;
      },
      readOnly,
      debounceMs: 0,
    });
  let index = await openIndex();
  notices.push(...index.notices);
  if (lost && index.readOnly) return layerInMemory(lost, notices, REFERENCE_INDEX_FILE);
  if (lost) {
    // The layer is written again from the bundled dataset; the one it replaces (the damaged index moved aside in it) goes to backups/.
    await writeReferenceLayer(dataDir, lost, 'damaged');
    index = await openIndex();
  }
  const serviceOf = (data: typeof index.data) => createReferenceRecordsService(data, { dataDir, readOnly: index.readOnly, onNotice: (notice) => notices.push(notice) });
  let records = serviceOf(index.data);

  const layer: ReferenceLayer = {
    get records() {
      return records;
    },
    readOnly: index.readOnly,
    notices,
    async replace(dataset) {
      const backup = await writeReferenceLayer(dataDir, dataset, index.data.datasetVersion);
      index = await openIndex();
      records = serviceOf(index.data);
      return backup;
    },
  };
  if (index.readOnly) return layer;
  const current = index.data.datasetVersion;
  const declared = await bundled.version();
  if (declared !== undefined && compareDatasetVersions(declared, current) <= 0) return layer;
  const newer = await bundled.load();
  if (compareDatasetVersions(newer.datasetVersion, current) > 0) {
    const movedTo = await layer.replace(newer);
    notices.push({ code: 'dataset-updated', file: REFERENCE_INDEX_FILE, fromDataset: current, toDataset: newer.datasetVersion, ...(movedTo ? { movedTo } : {}) });
  }
  return layer;
}
