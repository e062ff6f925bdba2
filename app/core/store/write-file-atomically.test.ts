import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { canMountSmallDisk, mountSmallDisk } from '../testing/small-disk';
import { writeFileAtomically } from './write-file-atomically';

describe.runIf(canMountSmallDisk)('writeFileAtomically on a nearly full disk (a 1 MB tmpfs)', () => {
  it('refuses a write that fits only in part, keeping the old file and no temp file', async () => {
    const disk = await mountSmallDisk(1024);
    try {
      const file = path.join(disk.dir, 'note.json');
      await writeFile(file, 'the old text');
      await writeFile(path.join(disk.dir, 'filler'), Buffer.alloc(900 * 1024));
      // Part of this fits: the kernel writes what it can and reports a short write, not an error.
      await expect(writeFileAtomically(file, 'x'.repeat(200 * 1024))).rejects.toMatchObject({ code: 'ENOSPC' });
      expect(await readFile(file, 'utf8')).toBe('the old text');
      expect((await readdir(disk.dir)).sort()).toEqual(['filler', 'note.json']);
    } finally {
      await disk.unmount();
    }
  });
});
