import { randomInt } from 'node:crypto';
import { open, rename, rm } from 'node:fs/promises';
import { assertFolderWritable } from './folder-write-guard';

/**
 * Writes `data` to `file` atomically: into a new, uniquely named temp file beside it (`<file>.<number>`),
 * written whole and fsynced, then renamed over `file`. A failure (a full disk included) leaves `file` as
 * it was and removes the temp file. Unlike write-file-atomic, a short write is never renamed into place:
 * on a nearly full disk the kernel writes part of a large buffer and reports no error. A data folder whose
 * lock this process lost is not written (see `assertFolderWritable`).
 */
export async function writeFileAtomically(file: string, data: string | Uint8Array, options: { mode?: number } = {}): Promise<void> {
  assertFolderWritable(file);
  const temp = `${file}.${randomInt(0xffffffff)}`;
  const handle = await open(temp, 'wx', options.mode);
  try {
    try {
      // FileHandle.writeFile loops until every byte is written, or throws (ENOSPC).
      await handle.writeFile(data, typeof data === 'string' ? 'utf8' : undefined);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, file);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}
