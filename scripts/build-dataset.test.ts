import { existsSync } from 'node:fs';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildDataset, DATASET_FILE, DATASET_SOURCE_DIR, datasetFileText, DEFAULT_SEEDS_DIR } from './build-dataset.mjs';

const haveSeeds = existsSync(DEFAULT_SEEDS_DIR);
const temporary: string[] = [];
afterEach(async () => {
  await Promise.all(temporary.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

describe.runIf(haveSeeds)('the bundled dataset is built from its source files', () => {
  it('writes exactly the committed dataset.json, every passage found in its seed', async () => {
    const { dataset, problems } = await buildDataset();
    expect(problems).toEqual([]);
    expect(datasetFileText(dataset)).toBe(await readFile(DATASET_FILE, 'utf8'));
  });

  it('refuses a passage that is not verbatim in its seed, naming the file, record and source', async () => {
    const sourceDir = await mkdtemp(path.join(os.tmpdir(), 'dataset-source-'));
    temporary.push(sourceDir);
    await cp(DATASET_SOURCE_DIR, sourceDir, { recursive: true });
    const file = path.join(sourceDir, 'KZ.json');
    const part = JSON.parse(await readFile(file, 'utf8')) as { records: { id: string; sources: { passage: string }[] }[] };
    const record = part.records[0]!;
    record.sources[0]!.passage = `${record.sources[0]!.passage} (thêm chữ)`;
    await writeFile(file, JSON.stringify(part));
    const { problems } = await buildDataset({ sourceDir });
    expect(problems).toEqual([expect.stringMatching(new RegExp(`^KZ\\.json records\\[0\\] \\(${record.id}\\)\\.sources\\[0\\]\\.passage: not found verbatim`))]);
  });
});
