import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { makeTestDataset, makeTestFolders } from '../testing/test-dataset';
import { bundledDatasetPath, loadBundledDataset, peekDatasetVersion, type BundledDataset } from './load-bundled-dataset';
import { openRecordsFile } from './records-file';

function countingLoads(version: string): BundledDataset & { load: ReturnType<typeof vi.fn> } {
  return { version: async () => version, load: vi.fn(async () => makeTestDataset(version)) };
}

describe('openRecordsFile', () => {
  it('does not load the bundled dataset when its declared version is not newer', async () => {
    const { dataDir } = await makeTestFolders();
    const first = countingLoads('2026.1.1');
    await (await openRecordsFile(dataDir, first, false)).flush();
    expect(first.load).toHaveBeenCalledTimes(1);

    const same = countingLoads('2026.1.1');
    const file = await openRecordsFile(dataDir, same, false);
    expect(same.load).not.toHaveBeenCalled();
    expect(file.data.datasetVersion).toBe('2026.1.1');
  });

  it('loads it and replaces the records when it declares a newer version', async () => {
    const { dataDir } = await makeTestFolders();
    await (await openRecordsFile(dataDir, countingLoads('2026.1.1'), false)).flush();
    const newer = countingLoads('2026.1.10');
    const file = await openRecordsFile(dataDir, newer, false);
    expect(newer.load).toHaveBeenCalledTimes(1);
    expect(file.data.datasetVersion).toBe('2026.1.10');
  });
});

describe('peekDatasetVersion', () => {
  it('reads the version the bundled dataset declares without parsing the file', async () => {
    expect(await peekDatasetVersion(bundledDatasetPath())).toBe((await loadBundledDataset()).datasetVersion);
  });

  it('gives undefined when the version is not at the start of the file, or there is no file', async () => {
    const { root } = await makeTestFolders();
    const late = path.join(root, 'late.json');
    await writeFile(late, `{"articles":[${'"x",'.repeat(2000)}"x"],"datasetVersion":"2026.1.1"}`);
    expect(await peekDatasetVersion(late)).toBeUndefined();
    expect(await peekDatasetVersion(path.join(root, 'missing.json'))).toBeUndefined();
  });
});
