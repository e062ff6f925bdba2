import { isDeepStrictEqual } from 'node:util';
import type { Dataset, RelationsRecord } from '../../shared/records/record-schema';
import type { DatasetPackReport, RecordUpdate } from '../../shared/records/record-layers';
import { importDataset, type DatasetImportOptions, type DatasetImportTarget } from './import-dataset';
import { loadDatasetFile } from './load-bundled-dataset';
import { overridesReference } from './merged-records';
import type { OfficerLayerFiles } from './officer-layer-files';
import { updateFor } from './record-updates';
import type { RecordsService } from './records-service';

export interface DatasetPackImportTarget {
  /** The desk whose reference layer the pack replaces. */
  readonly desk: DatasetImportTarget;
  readonly files: OfficerLayerFiles;
  /** The reference layer before the import. */
  reference(): RecordsService;
  /** Told after the import: the merged view follows the new reference layer. */
  changed(): Promise<void>;
}

/** Ids the pack adds, changes and removes, against the reference layer. */
async function referenceChanges(before: RecordsService, pack: Dataset): Promise<Pick<DatasetPackReport, 'added' | 'changed' | 'removed'>> {
  const packRecords = new Map(pack.records.map((record) => [record.id, record]));
  const held = new Set<string>();
  const changed: string[] = [];
  const removed: string[] = [];
  for await (const record of before.listAllRecords()) {
    held.add(record.id);
    const now = packRecords.get(record.id);
    if (!now) removed.push(record.id);
    else if (!isDeepStrictEqual(now, record)) changed.push(record.id);
  }
  const added = pack.records.filter((record) => !held.has(record.id)).map((record) => record.id);
  return { added, changed, removed };
}

/**
 * The Updates list entries a pack makes: every record the officer edited or retired whose reference
 * version changed (against the version the edit was based on) or was removed, with the three versions.
 */
function conflictsOf(files: OfficerLayerFiles, pack: Dataset, from: RecordUpdate['from']): RecordUpdate[] {
  const packRecords = new Map<string, RelationsRecord>(pack.records.map((record) => [record.id, record]));
  return files.entries().flatMap((entry) => {
    if (!overridesReference(entry) || entry.origin !== 'edited' || !entry.base) return [];
    const now = packRecords.get(entry.id);
    if (now && isDeepStrictEqual(now, entry.base)) return [];
    return [updateFor(entry, entry.base, now, from)];
  });
}

/**
 * Imports a dataset pack as the new reference layer (see `importDataset`: validated in full, backed up,
 * replaced atomically) and files its conflicts in the Updates list. The officer's own records and edits
 * are never touched; a retired record stays retired. A dry run reads and reports, and writes nothing.
 */
export async function importDatasetPack(target: DatasetPackImportTarget, file: string, options: DatasetImportOptions = {}): Promise<DatasetPackReport> {
  const pack = await loadDatasetFile(file);
  // Read before the import: it replaces the reference layer's data in place.
  const changes = await referenceChanges(target.reference(), pack);
  const plan = await importDataset(target.desk, file, options);
  const from = { kind: 'dataset' as const, fromVersion: plan.fromVersion, toVersion: plan.toVersion };
  const conflicts = conflictsOf(target.files, pack, from);
  const packIds = new Set(pack.records.map((record) => record.id));
  const notesOnRemovedRecords = target.desk.notes
    .all()
    .filter((note) => note.recordId !== undefined && !packIds.has(note.recordId) && !overridesReference(target.files.entry(note.recordId))).length;
  const report: DatasetPackReport = {
    ...plan,
    dryRun: options.dryRun ?? false,
    ...changes,
    conflicts: conflicts.map((update) => update.id),
    notesOnRemovedRecords,
  };
  if (options.dryRun) return report;
  const settled = target.files
    .updates()
    .filter((update) => update.from.kind === 'dataset' && !report.conflicts.includes(update.id))
    .map((update) => update.id);
  await target.files.putUpdates(conflicts, settled);
  await target.changed();
  return report;
}
