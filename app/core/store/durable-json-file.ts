import { link, mkdir, open, rm, copyFile } from 'node:fs/promises';
import path from 'node:path';
import { assertFolderWritable } from './folder-write-guard';
import { writeFileAtomically } from './write-file-atomically';

/** Where the previous good version of `file` is kept (a hard link, so keeping it costs no copy). */
export function previousCopyPath(file: string): string {
  return path.join(path.dirname(file), 'backups', `${path.basename(file)}.prev`);
}

async function keepPreviousCopy(file: string): Promise<void> {
  const backup = previousCopyPath(file);
  await mkdir(path.dirname(backup), { recursive: true });
  await rm(backup, { force: true });
  try {
    await link(file, backup);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return;
    if (code === 'EXDEV' || code === 'EPERM' || code === 'ENOTSUP') await copyFile(file, backup);
    else throw error;
  }
}

/** Fsyncs a folder, so that the renames in it survive a power cut (a no-op on Windows). */
export async function syncDirectory(dir: string): Promise<void> {
  if (process.platform === 'win32') return;
  const handle = await open(dir, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/**
 * Writes `text` to `file` durably and atomically: the old version is kept as the previous copy,
 * the new one goes to a uniquely named temp file that is fsynced, then renamed over `file`,
 * and the folder is fsynced so the rename survives a power cut. Nothing at all, the previous copy included,
 * is written into a data folder whose lock this process lost.
 */
export async function writeFileDurably(file: string, text: string): Promise<void> {
  assertFolderWritable(file);
  await mkdir(path.dirname(file), { recursive: true });
  await keepPreviousCopy(file);
  await writeFileAtomically(file, text);
  await syncDirectory(path.dirname(file));
}
