import { readFileSync, statSync } from 'node:fs';
import os from 'node:os';
import { z } from 'zod';

/**
 * Who holds a data folder's lock: the process (its pid, on which host) and the lock directory it made
 * (its inode: an owner file left by an earlier lock is not about the current one). `token` names the
 * holding: a process that lost its lock and opened the folder again holds it under another token.
 */
export const lockOwnerSchema = z.object({
  pid: z.number().int().positive(),
  hostname: z.string().min(1),
  lockInode: z.number().int().nonnegative(),
  token: z.string().min(1),
});
export type LockOwner = z.infer<typeof lockOwnerSchema>;

/** The owner file's content; undefined when it is missing or not an owner (a crash while it was written). */
export function readLockOwner(ownerFile: string): LockOwner | undefined {
  let text: string;
  try {
    text = readFileSync(ownerFile, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    // Not JSON: not an owner (the owner file is written atomically, so this is not one of ours).
    return undefined;
  }
  const parsed = lockOwnerSchema.safeParse(value);
  return parsed.success ? parsed.data : undefined;
}

/** The inode of the lock directory; undefined when there is none. */
export function lockInode(lockDir: string): number | undefined {
  try {
    return statSync(lockDir).ino;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

/** Whether process `pid` exists on this host (one of another user's answers EPERM: it exists). */
function processExists(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * The inode of the lock directory when its owner is known to be dead: it names this host and a pid that
 * no longer exists. A lock of another host, of a process still running, or whose owner is not known
 * (being written, or made by an older app) is undefined here: the stale-time rule decides for it.
 */
export function deadLockInode(lockDir: string, ownerFile: string): number | undefined {
  const inode = lockInode(lockDir);
  if (inode === undefined) return undefined;
  const owner = readLockOwner(ownerFile);
  if (owner?.lockInode !== inode || owner.hostname !== os.hostname()) return undefined;
  return processExists(owner.pid) ? undefined : inode;
}
