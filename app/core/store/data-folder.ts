import { access, constants, mkdir, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import lockfile from 'proper-lockfile';
import { AppError } from '../../shared/app-error';

export const PRODUCT_FOLDER_NAME = 'Country Desk';
const LOCK_NAME = '.country-desk.lock';

/** The folder Electron's `app.getPath('userData')` gives on this OS, computed without Electron. */
export function electronUserDataDir(env: NodeJS.ProcessEnv = process.env, platform = process.platform): string {
  const home = os.homedir();
  if (platform === 'win32') return path.join(env.APPDATA ?? path.join(home, 'AppData', 'Roaming'), PRODUCT_FOLDER_NAME);
  if (platform === 'darwin') return path.join(home, 'Library', 'Application Support', PRODUCT_FOLDER_NAME);
  return path.join(env.XDG_CONFIG_HOME ?? path.join(home, '.config'), PRODUCT_FOLDER_NAME);
}

/**
 * `--data DIR`, else `COUNTRY_DESK_DATA`, else the folder Electron would use. An empty variable counts as
 * unset: `path.resolve('')` is the current directory, which must never become a data folder by accident.
 */
export function resolveDataDir(flag: string | undefined, env: NodeJS.ProcessEnv = process.env): string {
  return path.resolve(flag ?? (env.COUNTRY_DESK_DATA || electronUserDataDir(env)));
}

/** Makes sure the data folder exists (when writing) and can be read; one clear error otherwise. */
export async function prepareDataFolder(dataDir: string, mode: 'read' | 'write'): Promise<void> {
  try {
    if (mode === 'write') await mkdir(dataDir, { recursive: true });
    else {
      const info = await stat(dataDir).catch((error: NodeJS.ErrnoException) => {
        if (error.code === 'ENOENT') return undefined;
        throw error;
      });
      if (info === undefined) return;
      if (!info.isDirectory()) throw new Error('not a folder');
    }
    await access(dataDir, mode === 'write' ? constants.R_OK | constants.W_OK : constants.R_OK);
  } catch (error) {
    throw new AppError('data-folder-unreadable', { path: dataDir, detail: (error as Error).message }, { cause: error });
  }
}

/**
 * Takes the data folder's write lock: one process writes a data folder at a time.
 * Returns the function that releases it; throws `data-locked` when another process holds it.
 */
export async function acquireWriteLock(dataDir: string): Promise<() => Promise<void>> {
  try {
    return await lockfile.lock(dataDir, {
      lockfilePath: path.join(dataDir, LOCK_NAME),
      stale: 15_000,
      update: 5_000,
      realpath: false,
    });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ELOCKED') {
      throw new AppError('data-locked', { path: dataDir }, { cause: error });
    }
    throw new AppError('data-folder-unreadable', { path: dataDir, detail: (error as Error).message }, { cause: error });
  }
}
