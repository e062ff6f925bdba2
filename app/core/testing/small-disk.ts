import { execFileSync } from 'node:child_process';
import { mkdtemp, open, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

/** A small disk can be mounted only by root (here, and on CI runners that allow it). */
export const canMountSmallDisk = process.platform === 'linux' && process.getuid?.() === 0;

export interface SmallDisk {
  dir: string;
  /** Writes a filler file until the disk has no room left. */
  fill(): Promise<void>;
  /** Removes the filler: the disk has room again. */
  free(): Promise<void>;
  unmount(): Promise<void>;
}

/** Mounts a tmpfs of `sizeKb` kilobytes: a real file system that runs out of room (ENOSPC). */
export async function mountSmallDisk(sizeKb: number): Promise<SmallDisk> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'small-disk-'));
  execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${sizeKb}k`, 'tmpfs', dir]);
  const filler = path.join(dir, 'filler');
  return {
    dir,
    async fill() {
      const handle = await open(filler, 'a');
      const block = Buffer.alloc(4096, 1);
      try {
        for (;;) await handle.write(block);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ENOSPC') throw error;
      } finally {
        await handle.close();
      }
    },
    async free() {
      await rm(filler, { force: true });
    },
    async unmount() {
      execFileSync('umount', [dir]);
      await rm(dir, { recursive: true, force: true });
    },
  };
}
