import { randomInt } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readdir, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import type { Dataset } from '../../shared/records/record-schema';
import { syncDirectory } from '../store/durable-json-file';
import { normalizeTextDeep } from '../store/normalize-text';
import { writeFileAtomically } from '../store/write-file-atomically';
import { countryFileName, RECORD_COUNTRIES_FILE_NAME, REFERENCE_DIR, REFERENCE_INDEX_FILE, UNCITED_ARTICLES_FILE_NAME } from './reference-layer-files';
import { splitDataset } from './split-dataset';

/** How many earlier reference layers backups/ keeps (each is a whole dataset). */
export const REFERENCE_BACKUPS_KEPT = 3;
/** Files written at once while a layer is written. */
const WRITES_AT_ONCE = 8;

const STAGING_PREFIX = 'reference.next-';
const BACKUP_PREFIX = 'reference.';

async function writeJson(file: string, value: unknown): Promise<void> {
  await writeFileAtomically(file, `${JSON.stringify(normalizeTextDeep(value))}\n`);
}

/** The folders of earlier layers in backups/, newest first (their names end in the time they were moved there). */
async function referenceBackups(backups: string): Promise<string[]> {
  const names = await readdir(backups).catch(() => [] as string[]);
  return names.filter((name) => name.startsWith(BACKUP_PREFIX) && !name.endsWith('.json')).sort((a, b) => (a.split('.').at(-1)! < b.split('.').at(-1)! ? 1 : -1));
}

/**
 * Writes `dataset` as the reference layer of `dataDir`, all or nothing: every file goes into a new folder
 * beside the layer (each written whole and fsynced, the index last), which then takes the layer's place in
 * one rename. The layer it replaces is moved to `backups/reference.<label>.<time>` (the newest
 * `REFERENCE_BACKUPS_KEPT` are kept) and its path, relative to the data folder, returned. A process killed
 * before the rename leaves the old layer as it was; killed between the two renames, the new layer is
 * complete and `finishInterruptedReplace` puts it in place.
 */
export async function writeReferenceLayer(dataDir: string, dataset: Dataset, previousLabel: string): Promise<string | undefined> {
  const split = splitDataset(dataset);
  const recordsDir = path.join(dataDir, path.dirname(REFERENCE_DIR));
  const staging = path.join(recordsDir, `${STAGING_PREFIX}${process.pid}-${randomInt(0xffffffff)}`);
  await mkdir(path.join(staging, 'countries'), { recursive: true });
  try {
    const files: [string, unknown][] = [
      ...split.countries.map((file): [string, unknown] => [countryFileName(file.country.code), file]),
      [UNCITED_ARTICLES_FILE_NAME, split.uncitedArticles],
      [RECORD_COUNTRIES_FILE_NAME, split.recordCountries],
    ];
    for (let at = 0; at < files.length; at += WRITES_AT_ONCE) {
      await Promise.all(files.slice(at, at + WRITES_AT_ONCE).map(([name, value]) => writeJson(path.join(staging, name), value)));
    }
    await syncDirectory(path.join(staging, 'countries'));
    await writeJson(path.join(staging, path.basename(REFERENCE_INDEX_FILE)), split.index);
    await syncDirectory(staging);
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    throw error;
  }
  const live = path.join(dataDir, REFERENCE_DIR);
  let backup: string | undefined;
  if (existsSync(live)) {
    const backups = path.join(dataDir, 'backups');
    await mkdir(backups, { recursive: true });
    backup = path.join('backups', `${BACKUP_PREFIX}${previousLabel}.${new Date().toISOString().replace(/[:.]/g, '-')}`);
    await rename(live, path.join(dataDir, backup));
    await syncDirectory(backups);
    for (const old of (await referenceBackups(backups)).slice(REFERENCE_BACKUPS_KEPT)) await rm(path.join(backups, old), { recursive: true, force: true });
  }
  await rename(staging, live);
  await syncDirectory(recordsDir);
  return backup;
}

/**
 * Finishes or forgets a replace a killed process left: with no layer in place, a complete new one (its index
 * written) takes its place; other unfinished folders are removed. One process writes a data folder at a time.
 */
export async function finishInterruptedReplace(dataDir: string): Promise<void> {
  const recordsDir = path.join(dataDir, path.dirname(REFERENCE_DIR));
  const staged = (await readdir(recordsDir).catch(() => [] as string[])).filter((name) => name.startsWith(STAGING_PREFIX));
  const live = path.join(dataDir, REFERENCE_DIR);
  for (const name of staged) {
    const folder = path.join(recordsDir, name);
    if (!existsSync(live) && existsSync(path.join(folder, path.basename(REFERENCE_INDEX_FILE)))) await rename(folder, live);
    else await rm(folder, { recursive: true, force: true });
  }
}
