import path from 'node:path';
import { AppError } from '../../shared/app-error';

/**
 * The data folders whose write lock this process holds, each with the check that it still does. A lock,
 * like the process that holds it, is one per folder and process: proper-lockfile keeps its own such list.
 */
const guardedFolders = new Map<string, () => boolean>();

/** From now on, every durable write into `dataDir` first asks `stillHeld`; returns the function that stops it. */
export function guardFolderWrites(dataDir: string, stillHeld: () => boolean): () => void {
  const folder = path.resolve(dataDir);
  guardedFolders.set(folder, stillHeld);
  return () => {
    if (guardedFolders.get(folder) === stillHeld) guardedFolders.delete(folder);
  };
}

/**
 * Refuses a write of `file` into a data folder whose lock this process has lost (another process took it
 * while this one was paused past the stale time): `data-folder-lock-lost`, and nothing is written.
 */
export function assertFolderWritable(file: string): void {
  const resolved = path.resolve(file);
  for (const [folder, stillHeld] of guardedFolders) {
    if (resolved.startsWith(`${folder}${path.sep}`) && !stillHeld()) throw new AppError('data-folder-lock-lost', { path: folder });
  }
}
