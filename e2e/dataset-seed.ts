import { execFile } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';

const ROOT = path.resolve(import.meta.dirname, '..');
const run = promisify(execFile);

/**
 * Imports into a data folder, before the app starts, a newer dataset pack `copies` times the size of the
 * bundled one (each record repeated under new ids), the way a central unit's update arrives:
 * `country-desk dataset import`. The app's first open after it builds its search index anew.
 */
export async function seedLargerDataset(dataDir: string, copies: number): Promise<void> {
  const bundled = JSON.parse(await readFile(path.join(ROOT, 'resources', 'dataset', 'dataset.json'), 'utf8')) as {
    datasetVersion: string;
    records: { id: string; related?: string[] }[];
  };
  const records = Array.from({ length: copies }, (_, copy) =>
    bundled.records.map((record) => ({ ...record, id: copy === 0 ? record.id : `${record.id}-copy-${copy}`, related: copy === 0 ? record.related : undefined })),
  ).flat();
  const file = `${dataDir}-larger-dataset.json`;
  await writeFile(file, JSON.stringify({ ...bundled, datasetVersion: `${bundled.datasetVersion}.1`, records }));
  await run(process.execPath, [path.join(ROOT, 'bin', 'country-desk.mjs'), 'dataset', 'import', file, '--data', dataDir], { maxBuffer: 16 * 1024 * 1024 });
}
