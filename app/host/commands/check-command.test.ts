import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { packageRoot } from '../../core/package-root';
import { bundledDatasetPath } from '../../core/records/load-bundled-dataset';
import { mongoliaArticle, mongoliaVisit, tempDir, writeJson } from '../testing/officer-records';
import { runCountryDesk } from '../testing/run-country-desk';

const check = (...args: string[]) => runCountryDesk(['check', ...args]);


type Json = { records: Record<string, unknown>[] };

/** A copy of the bundled dataset in a temp folder, broken by `breakIt`. */
async function brokenCopy(breakIt: (dataset: Json) => void): Promise<string> {
  const dataset = JSON.parse(await readFile(bundledDatasetPath(), 'utf8')) as Json;
  breakIt(dataset);
  const dir = await mkdtemp(path.join(os.tmpdir(), 'country-desk-check-'));
  await mkdir(dir, { recursive: true });
  await writeFile(path.join(dir, 'dataset.json'), JSON.stringify(dataset));
  return dir;
}

const seeds = path.resolve(packageRoot(), '..', 'shared', 'seeds');

describe('country-desk check', () => {
  it('passes on the bundled dataset, passages checked against the seed articles', async () => {
    const result = await check('--dataset', path.dirname(bundledDatasetPath()), '--seeds', seeds);
    expect(result.stderr).toBe('');
    expect(result.stdout).toMatch(/0 errors, 0 warnings/);
    expect(result.code).toBe(0);
  });

  it.each([
    ['a record without a source', (d: Json) => (d.records[0]!.sources = []), /records\[0\] \([a-z0-9-]+\)\.sources: .*source/],
    ['a missing English text', (d: Json) => ((d.records[1]!.title as { en: string }).en = ''), /records\[1\] \([a-z0-9-]+\)\.title\.en: .*English/],
    ['an impossible date', (d: Json) => (d.records[2]!.date = '1992-13-40'), /records\[2\] \([a-z0-9-]+\)\.date: .*1992-13-40/],
    ['a duplicate id', (d: Json) => (d.records[3]!.id = d.records[4]!.id), /duplicate .*id/i],
  ])('fails with a precise message on %s', async (_name, breakIt, message) => {
    const result = await check('--dataset', await brokenCopy(breakIt));
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(message);
    expect(result.stdout).toMatch(/[1-9]\d* errors/);
  });

  it('on a data folder that was never opened, says it holds no records yet and checks the dataset it would use', async () => {
    const dataDir = path.join(await mkdtemp(path.join(os.tmpdir(), 'country-desk-check-')), 'never-opened');
    const result = await check('--data', dataDir);
    expect(result.stdout).toContain(`${dataDir} holds no records yet; checking the dataset it would use: ${bundledDatasetPath()}`);
    expect(result.stdout).toMatch(/0 errors/);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
  });

  it('refuses --data and --dataset together', async () => {
    const result = await check('--data', '/tmp', '--dataset', '/tmp');
    expect(result.code).toBe(2);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
  });
});

describe("country-desk check of the officer's layer", () => {
  it('warns of each of their records saved in one language only, naming the record and the field', async () => {
    const [data, files] = await Promise.all([tempDir(), tempDir()]);
    const viOnly = { ...mongoliaVisit, summary: { vi: mongoliaVisit.summary.vi, en: '', translation: 'missing' } };
    const added = await runCountryDesk(['records', 'add', '--file', await writeJson(files, 'vi-only.json', { record: viOnly, articles: [mongoliaArticle] }), '--data', data]);
    expect(added.stderr).toBe('');
    const result = await check('--data', data);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`warning: mine[0] (${mongoliaVisit.id}).summary.en: translation missing: the English text is empty\n`);
    expect(result.stdout).toMatch(/0 errors, 1 warnings/);
  });
});
