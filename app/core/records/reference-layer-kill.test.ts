import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { syntheticDataset } from '../../bench/synthetic/synthetic-dataset';
import type { Dataset } from '../../shared/records/record-schema';
import { killWhenTold } from '../testing/kill-when-told';
import { makeTestFolders } from '../testing/test-dataset';
import { bundledDataset } from './load-bundled-dataset';
import { openReferenceLayer } from './open-reference-layer';
import { countryFileName, REFERENCE_DIR, REFERENCE_INDEX_FILE } from './reference-layer-files';

/** A dataset as JSON with its articles and records in id order: the same content, whatever order the files keep. */
function canonical(dataset: Dataset): string {
  const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);
  return JSON.stringify({ ...dataset, articles: [...dataset.articles].sort(byId), records: [...dataset.records].sort(byId) });
}

const replaceForever = fileURLToPath(new URL('../testing/replace-reference-layer-forever.ts', import.meta.url));


describe('a process killed while it replaces the reference layer', () => {
  it.each([1, 3])('leaves a whole layer readable, of one version throughout (killed in replace %i)', async (replaces) => {
    const { dataDir, resourcesDir } = await makeTestFolders(syntheticDataset({ countries: 30, recordsPerCountry: 40 }, replaces));
    // As the resources' dataset is read: validated, its fields in the schema's order.
    const dataset = await bundledDataset(resourcesDir).load();
    await openReferenceLayer(dataDir, bundledDataset(resourcesDir), false);

    await killWhenTold(replaceForever, [dataDir, resourcesDir], `replacing ${replaces}`);

    const layer = await openReferenceLayer(dataDir, bundledDataset(resourcesDir), false);
    const { datasetVersion } = layer.records.datasetInfo();
    expect([dataset.datasetVersion, ...Array.from({ length: replaces }, (_, n) => `${dataset.datasetVersion}.${n + 1}`)]).toContain(datasetVersion);
    const merged = await layer.records.readDataset();
    expect(canonical(merged)).toBe(canonical({ ...dataset, datasetVersion }));
    for (const { country } of layer.records.listCountries()) {
      const file = JSON.parse(await readFile(path.join(dataDir, REFERENCE_DIR, countryFileName(country.code)), 'utf8')) as { datasetVersion: string };
      expect(file.datasetVersion).toBe(datasetVersion);
    }
    expect(layer.notices).toEqual([]);
    expect((await readdir(path.join(dataDir, 'records'))).sort()).toEqual(['reference']);
    expect(existsSync(path.join(dataDir, REFERENCE_INDEX_FILE))).toBe(true);
  }, 30_000);
});
