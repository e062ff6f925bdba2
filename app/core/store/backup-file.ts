import { copyFile, mkdir, readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { AppError } from '../../shared/app-error';

/** How many copies of each data file backups/ keeps; older ones are removed as new ones are made. */
export const BACKUPS_KEPT_PER_FILE = 10;

/** What a backup's name may carry besides the file's name: letters, digits, dots between them (`v1`, `2026.12.1`). */
const LABEL_PATTERN = /^[A-Za-z0-9]+(?:\.[A-Za-z0-9]+)*$/;
const STAMP_PATTERN = '\\d{4}-\\d{2}-\\d{2}T\\d{2}-\\d{2}-\\d{2}-\\d{3}Z';

const stemOf = (name: string) => name.replaceAll('/', '_').replace(/\.json$/, '');
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Copies `dataDir/name` to `backups/<name>.<label>.<time>.json` before it is migrated or replaced, then
 * removes all but the newest `BACKUPS_KEPT_PER_FILE` copies of that file. A label that is not a plain version
 * (it comes from data: a dataset's version) is refused, so no backup is written outside backups/.
 * Returns the backup's name relative to the data folder.
 */
export async function backupDataFile(dataDir: string, name: string, label: string): Promise<string> {
  if (!LABEL_PATTERN.test(label)) throw new AppError('internal', { detail: `not a backup label: ${JSON.stringify(label)}` });
  const backups = path.join(dataDir, 'backups');
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const backupName = `${stemOf(name)}.${label}.${stamp}.json`;
  const target = path.join(backups, backupName);
  if (path.dirname(target) !== backups) throw new AppError('internal', { detail: `backup outside backups/: ${backupName}` });
  await mkdir(backups, { recursive: true });
  await copyFile(path.join(dataDir, name), target);
  await pruneBackups(backups, name);
  return path.join('backups', backupName);
}

/** The backups of `name` in `backups/`, newest first (by the time in their names). */
async function backupsOf(backups: string, name: string): Promise<string[]> {
  const own = new RegExp(`^${escape(stemOf(name))}\\.[A-Za-z0-9.]+?\\.(${STAMP_PATTERN})\\.json$`);
  const files = await readdir(backups).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return [];
    throw error;
  });
  return files
    .map((file) => ({ file, stamp: own.exec(file)?.[1] }))
    .filter((entry): entry is { file: string; stamp: string } => entry.stamp !== undefined)
    .sort((a, b) => (a.stamp < b.stamp ? 1 : a.stamp > b.stamp ? -1 : 0))
    .map((entry) => entry.file);
}

/** Full paths of the backups of `name`, newest first. */
export async function listBackups(dataDir: string, name: string): Promise<string[]> {
  const backups = path.join(dataDir, 'backups');
  return (await backupsOf(backups, name)).map((file) => path.join(backups, file));
}

/** Keeps the newest `BACKUPS_KEPT_PER_FILE` backups of `name`. */
async function pruneBackups(backups: string, name: string): Promise<void> {
  const old = (await backupsOf(backups, name)).slice(BACKUPS_KEPT_PER_FILE);
  await Promise.all(old.map((file) => rm(path.join(backups, file), { force: true })));
}
