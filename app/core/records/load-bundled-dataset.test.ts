import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeTestFolders } from '../testing/test-dataset';
import { bundledDatasetPath, loadBundledDataset, peekDatasetVersion } from './load-bundled-dataset';

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
