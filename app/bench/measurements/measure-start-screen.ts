import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';

/** The parts of Vite's build manifest (dist/renderer/.vite/manifest.json) that say which chunk loads which. */
const manifestSchema = z.record(
  z.string(),
  z.object({ file: z.string(), src: z.string().optional(), isEntry: z.boolean().optional(), imports: z.array(z.string()).optional() }),
);

export interface StartScreenScripts {
  /** The JavaScript files the start screen loads before it shows: the entry and what it imports statically. */
  files: string[];
  /** Their size before gzip. */
  bytes: number;
  /** Every JavaScript file of the build, for comparison. */
  totalBytes: number;
}

/** Reads the built renderer's manifest and sums the scripts the start screen loads (lazy screens excluded). */
export async function startScreenScripts(rendererDir: string): Promise<StartScreenScripts> {
  const manifest = manifestSchema.parse(JSON.parse(await readFile(path.join(rendererDir, '.vite', 'manifest.json'), 'utf8')));
  const loaded = new Set<string>();
  const visit = (key: string) => {
    if (loaded.has(key)) return;
    loaded.add(key);
    for (const imported of manifest[key]?.imports ?? []) visit(imported);
  };
  for (const [key, chunk] of Object.entries(manifest)) if (chunk.isEntry) visit(key);
  const scripts = (keys: Iterable<string>) => [...keys].map((key) => manifest[key]?.file ?? key).filter((file) => file.endsWith('.js'));
  const size = async (files: string[]) => (await Promise.all(files.map((file) => stat(path.join(rendererDir, file))))).reduce((sum, { size }) => sum + size, 0);
  const files = scripts(loaded);
  return { files, bytes: await size(files), totalBytes: await size([...new Set(scripts(Object.keys(manifest)))]) };
}
