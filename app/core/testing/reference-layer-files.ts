import { readdir, readFile, stat, utimes, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { REFERENCE_DIR, REFERENCE_INDEX_FILE } from '../records/reference-layer-files';

/** Every file of a data folder's reference layer: its path relative to the layer, its bytes, mtime and inode. */
export async function referenceLayerFiles(dataDir: string): Promise<Map<string, { bytes: Buffer; mtime: number; inode: number }>> {
  const dir = path.join(dataDir, REFERENCE_DIR);
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  const files = new Map<string, { bytes: Buffer; mtime: number; inode: number }>();
  for (const entry of entries.filter((e) => e.isFile()).sort((a, b) => path.join(a.parentPath, a.name).localeCompare(path.join(b.parentPath, b.name)))) {
    const file = path.join(entry.parentPath, entry.name);
    const { mtimeMs, ino } = await stat(file);
    files.set(path.relative(dir, file), { bytes: await readFile(file), mtime: mtimeMs, inode: ino });
  }
  return files;
}

/** Sets every file of the layer's mtime in the past by hand: any rewrite leaves a newer one, or a new inode. */
export async function ageReferenceLayer(dataDir: string, when: Date): Promise<void> {
  for (const name of (await referenceLayerFiles(dataDir)).keys()) await utimes(path.join(dataDir, REFERENCE_DIR, name), when, when);
}

/** The layer's index as JSON, and a way to write it back changed (as a damaged or foreign file would be). */
export async function readReferenceIndex(dataDir: string): Promise<Record<string, unknown>> {
  return JSON.parse(await readFile(path.join(dataDir, REFERENCE_INDEX_FILE), 'utf8')) as Record<string, unknown>;
}

export async function writeReferenceIndex(dataDir: string, text: string): Promise<void> {
  await writeFile(path.join(dataDir, REFERENCE_INDEX_FILE), text);
}
