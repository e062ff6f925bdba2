import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundledDatasetPath } from '../../core/records/load-bundled-dataset';
import { runCli } from '../cli';
import { terminalProgress } from '../terminal-progress';
import { runCountryDesk } from '../testing/run-country-desk';

async function newerDatasetFile(): Promise<{ file: string; version: string }> {
  const folder = await mkdtemp(path.join(os.tmpdir(), 'country-desk-dataset-import-'));
  const dataset = JSON.parse(await readFile(bundledDatasetPath(), 'utf8')) as { datasetVersion: string };
  dataset.datasetVersion = `${dataset.datasetVersion}.1`;
  const file = path.join(folder, 'newer.json');
  await writeFile(file, JSON.stringify(dataset));
  return { file, version: dataset.datasetVersion };
}

const dataFolder = () => mkdtemp(path.join(os.tmpdir(), 'country-desk-dataset-import-data-'));

describe('country-desk dataset import progress', () => {
  it('shows each step on a terminal, rewritten in place and cleared before the result', async () => {
    const { file, version } = await newerDatasetFile();
    const terminal = { isTTY: true, written: '', write(text: string) { this.written += text; } };
    const stdout: string[] = [];
    const code = await runCli(['dataset', 'import', file, '--data', await dataFolder()], {
      stdout: (text) => stdout.push(text),
      stderr: (text) => terminal.write(`${text}\n`),
      progress: terminalProgress(terminal),
    });
    expect(code).toBe(0);
    const steps = terminal.written.split('\r\u001b[K').filter(Boolean);
    expect(steps).toEqual([
      `Reading and checking ${file}…`,
      'Comparing with the records in use…',
      'Copying the current records to backups/…',
      'Replacing the records…',
    ]);
    expect(terminal.written.endsWith('\r\u001b[K')).toBe(true);
    expect(stdout[0]).toContain(`Dataset ${version} imported`);
  });

  it('prints no progress when piped: only the result on stdout, nothing on stderr', async () => {
    const { file, version } = await newerDatasetFile();
    const piped = await runCountryDesk(['dataset', 'import', file, '--data', await dataFolder()]);
    expect(piped.code).toBe(0);
    expect(piped.stderr).toBe('');
    expect(piped.stdout.trim().split('\n')).toEqual([expect.stringContaining(`Dataset ${version} imported`)]);
  });
});
