import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundledDatasetPath } from '../../core/records/load-bundled-dataset';
import type { Dataset, RelationsRecord } from '../../shared/records/record-schema';
import { runCli } from '../cli';
import { terminalProgress } from '../terminal-progress';
import { folderBytes, folderWithChanges, listJson } from '../testing/officer-records';
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
    expect(piped.stdout.trim().split('\n')).toEqual([
      expect.stringContaining(`Dataset ${version} imported`),
      'New (0): none',
      'Changed (0): none',
      'Removed (0): none',
      'Changed under your edits, kept for you in the Updates list (0): none',
    ]);
  });
});

/** The bundled dataset, newer, with one record added, one changed, one removed and the officer's edited one changed. */
async function changedPack(): Promise<string> {
  const dataset = JSON.parse(await readFile(bundledDatasetPath(), 'utf8')) as Dataset;
  dataset.datasetVersion = `${dataset.datasetVersion}.1`;
  const byId = (id: string) => dataset.records.find((record) => record.id === id) as RelationsRecord;
  const copy = { ...byId('az-relations-1992'), id: 'az-relations-1992-copy' };
  byId('az-visit-2014-05').summary = { ...byId('az-visit-2014-05').summary, en: 'The summary the central unit rewrote.' };
  byId('ru-relations-1950').title = { ...byId('ru-relations-1950').title, en: 'Diplomatic relations established (revised)' };
  dataset.records = [...dataset.records.filter((record) => record.id !== 'by-people-education'), copy];
  const file = path.join(await mkdtemp(path.join(os.tmpdir(), 'country-desk-dataset-pack-')), 'pack.json');
  await writeFile(file, JSON.stringify(dataset));
  return file;
}

describe("country-desk dataset import of a pack under the officer's layer", () => {
  it("reports the new, changed, removed and conflicting records, changes nothing on --dry-run, and keeps the officer's layer", async () => {
    const { data } = await folderWithChanges();
    const pack = await changedPack();
    const before = await folderBytes(data);
    const planned = await runCountryDesk(['dataset', 'import', pack, '--dry-run', '--json', '--data', data]);
    expect(planned.stderr).toBe('');
    expect(JSON.parse(planned.stdout)).toMatchObject({
      dryRun: true,
      added: ['az-relations-1992-copy'],
      changed: ['az-visit-2014-05', 'ru-relations-1950'],
      removed: ['by-people-education'],
      conflicts: ['az-visit-2014-05'],
    });
    expect(await folderBytes(data)).toEqual(before);

    const imported = await runCountryDesk(['dataset', 'import', pack, '--data', data]);
    expect(imported.stderr).toBe('');
    expect(imported.stdout.split('\n').slice(1, 5)).toEqual([
      'New (1): az-relations-1992-copy',
      'Changed (2): az-visit-2014-05, ru-relations-1950',
      'Removed (1): by-people-education',
      'Changed under your edits, kept for you in the Updates list (1): az-visit-2014-05',
    ]);
    const mine = await listJson(data, '--mine');
    expect(mine.map((item) => [item.record.id, item.retired ? 'retired' : item.mark?.origin]).sort()).toEqual([
      ['az-visit-2014-05', 'edited'],
      ['kg-milestone-recognition-1991', 'retired'],
      ['mn-visit-2025-03', 'mine'],
    ]);
    expect(mine.find((item) => item.record.id === 'az-visit-2014-05')?.record.title.en).toBe('President Ilham Aliyev pays a state visit to Vietnam');
  });
});
