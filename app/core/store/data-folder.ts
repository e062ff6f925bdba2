import { randomUUID } from 'node:crypto';
import fs, { utimesSync } from 'node:fs';
import { access, constants, mkdir, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import lockfile from 'proper-lockfile';
import { AppError } from '../../shared/app-error';
import { guardFolderWrites } from './folder-write-guard';
import { deadLockInode, lockInode, readLockOwner, type LockOwner } from './lock-owner';
import { writeFileAtomically } from './write-file-atomically';
import { isDiskFull } from './write-failure';

export const PRODUCT_FOLDER_NAME = 'Country Desk';
/** The lock directory (proper-lockfile's) and its owner file, in the data folder. */
export const LOCK_NAME = '.country-desk.lock';
const LOCK_OWNER_NAME = '.country-desk.lock-owner.json';

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

/** How long a lock whose owner cannot be checked (another host's, an older app's) must go untouched to be taken over. */
const STALE_MS = 15_000;
/** How often a holder touches its lock, to keep it fresh. */
const UPDATE_MS = 5_000;

/** The data folder's write lock as this process holds it. */
export interface FolderWriteLock {
  /**
   * Another process has taken the lock (this one was paused, a laptop asleep, past the stale time): this
   * process writes nothing more in the folder (`data-folder-lock-lost`) and must be started again to write.
   */
  readonly lost: boolean;
  /** Calls `listener` once the lock is found lost. */
  onLost(listener: () => void): void;
  /** Releases the lock; a lost one is left to the process that holds it now. */
  release(): Promise<void>;
}

/**
 * A lock whose owner is dead (this host, a pid that no longer exists) is made to look stale at once, so
 * that proper-lockfile takes it over as it takes over any stale lock. Checked again just before: a process
 * that took it over meanwhile made a new directory.
 */
function expireDeadLock(lockDir: string, ownerFile: string): void {
  const dead = deadLockInode(lockDir, ownerFile);
  if (dead !== undefined && lockInode(lockDir) === dead) utimesSync(lockDir, 0, 0);
}

/**
 * Writes who holds the lock just taken. On a full disk the lock is held without it (the app can still show
 * the folder; the stale-time rule then decides for this lock), and an earlier holder's owner file is removed:
 * it must not pass for this lock's owner.
 */
async function writeOwner(lockDir: string, ownerFile: string): Promise<{ lockInode: number; token?: string }> {
  const inode = lockInode(lockDir);
  if (inode === undefined) throw new Error(`${LOCK_NAME} vanished as it was made`);
  const owner: LockOwner = { pid: process.pid, hostname: os.hostname(), lockInode: inode, token: randomUUID() };
  try {
    await writeFileAtomically(ownerFile, `${JSON.stringify(owner)}\n`);
    return owner;
  } catch (error) {
    if (!isDiskFull(error)) throw error;
    await rm(ownerFile, { force: true });
    return { lockInode: inode };
  }
}

/**
 * Takes the data folder's write lock: one process writes a data folder at a time. proper-lockfile's lock
 * (a directory kept fresh, stale after 15 s untouched), with its owner beside it (pid, host, the lock
 * directory's inode): a lock left by a process that died on this host is taken over at once. If another
 * process takes the lock while this one cannot keep it fresh, this one does not crash: it stops writing
 * (see `assertFolderWritable`) and says so (`onLost`). Throws `data-locked` when another process holds it.
 */
export async function acquireWriteLock(dataDir: string): Promise<FolderWriteLock> {
  const lockDir = path.join(dataDir, LOCK_NAME);
  const ownerFile = path.join(dataDir, LOCK_OWNER_NAME);
  /** This holding: the lock directory made, and the token of the owner file written (none when the disk had no room for it). */
  let mine: { lockInode: number; token?: string } | undefined;
  let lost = false;
  const listeners = new Set<() => void>();
  const markLost = () => {
    if (lost) return;
    lost = true;
    for (const listener of listeners) listener();
  };
  /** The lock directory is still the one this process made, and the owner file still names this holding. */
  const stillHeld = (): boolean => {
    const token = mine?.token;
    if (!lost && mine && (lockInode(lockDir) !== mine.lockInode || (token !== undefined && readLockOwner(ownerFile)?.token !== token))) markLost();
    return !lost;
  };
  // proper-lockfile removes the lock directory when it releases and when the process exits: never one that is no longer ours.
  const lockFs = {
    ...fs,
    rmdir: (dir: string, done: (error: NodeJS.ErrnoException | null) => void) => (mine && !stillHeld() ? done(null) : fs.rmdir(dir, done)),
    rmdirSync: (dir: string) => (mine && !stillHeld() ? undefined : fs.rmdirSync(dir)),
  };
  let release: () => Promise<void>;
  try {
    expireDeadLock(lockDir, ownerFile);
    release = await lockfile.lock(dataDir, { lockfilePath: lockDir, stale: STALE_MS, update: UPDATE_MS, realpath: false, fs: lockFs, onCompromised: markLost });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ELOCKED') {
      throw new AppError('data-locked', { path: dataDir }, { cause: error });
    }
    throw new AppError('data-folder-unreadable', { path: dataDir, detail: (error as Error).message }, { cause: error });
  }
  try {
    mine = await writeOwner(lockDir, ownerFile);
  } catch (error) {
    await release();
    throw new AppError('data-folder-unreadable', { path: dataDir, detail: (error as Error).message }, { cause: error });
  }
  const unguard = guardFolderWrites(dataDir, stillHeld);
  return {
    get lost() {
      return !stillHeld();
    },
    onLost(listener) {
      listeners.add(listener);
    },
    async release() {
      unguard();
      // The owner file stays: it names a directory that is gone, and the next holder writes its own.
      if (stillHeld()) await release();
    },
  };
}
