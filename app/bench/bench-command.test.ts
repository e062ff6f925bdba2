import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadBundledDataset } from '../core/records/load-bundled-dataset';
import { runCli } from '../host/cli';
import { markdownPathBeside } from '../host/commands/bench-command';
import { createNodeTranslator } from '../core/i18n/node-translator';
import { benchMarkdown } from './bench-markdown';
import { checkTargets } from './bench-targets';
import { figureIds } from './bench-figures';
import type { BenchReport } from './bench-report';

async function countryDesk(...args: string[]) {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const progress: string[] = [];
  const code = await runCli(args, {
    stdout: (text) => stdout.push(text),
    stderr: (text) => stderr.push(text),
    progress: { update: (text) => progress.push(text), clear: () => progress.push('') },
  });
  return { code, stdout: stdout.join('\n'), stderr: stderr.join('\n'), progress };
}

const created: string[] = [];
async function tempDir() {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'country-desk-bench-test-'));
  created.push(dir);
  return dir;
}
afterEach(async () => {
  await Promise.all(created.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

describe('country-desk bench', () => {
  it('measures the small scale end to end and writes JSON and a Markdown table', async () => {
    const root = await tempDir();
    const data = path.join(root, 'generated');
    const out = path.join(root, 'bench-small.json');
    const { code, stdout, stderr, progress } = await countryDesk('bench', '--scale', 'small', '--json', '--no-pdf', '--data', data, '--out', out);
    expect(progress).toContain('Measuring: search…');
    expect(progress.at(-1)).toBe('');
    expect(stderr).not.toContain('Measuring');
    expect(code).toBe(0);

    const report = JSON.parse(stdout) as BenchReport;
    expect(report.scale).toBe('small');
    const bundled = await loadBundledDataset();
    expect(report.data).toMatchObject({ countries: 5, records: bundled.records.length, notes: 200 });
    for (const id of ['open', 'openDesk', 'indexReady', 'search', 'noteSave', 'recordSave', 'countryPage', 'articleImport'] as const) {
      const figure = report.figures[id];
      expect(figure, id).toMatchObject({ measured: true });
      if (figure?.measured) {
        expect(figure.runs).toBeGreaterThan(0);
        expect(figure.median).toBeGreaterThan(0);
        expect(figure.p95).toBeGreaterThanOrEqual(figure.median);
      }
    }
    expect(report.figures.briefPdf).toEqual({ measured: false, reason: 'pdf-skipped' });
    expect(Object.keys(report.figures).every((id) => (figureIds as readonly string[]).includes(id))).toBe(true);
    expect(report.targets.map((check) => check.id)).toEqual(['open', 'search', 'noteSave', 'recordSave', 'countryPage', 'briefPdf', 'articleImport']);
    expect(report.targets.find((check) => check.id === 'briefPdf')?.status).toBe('not-measured');
    expect(report.memory.rssPeakMb).toBeGreaterThan(report.memory.heapPeakMb);
    expect(Object.keys(report.searchByQuery)).toContain('pham binh minh');
    expect(report.rankingAgreement.queries).toContain('thuong mai');
    expect(report.rankingAgreement.agreeing).toEqual(report.rankingAgreement.queries);
    expect(report.comparisons.map((comparison) => comparison.id)).toEqual(['open', 'noteSave', 'search', 'cliStart']);
    for (const comparison of report.comparisons) {
      expect(comparison.floor, comparison.id).toBeGreaterThan(0);
      expect(comparison.ratio, comparison.id).toBeCloseTo(comparison.value / comparison.floor);
    }

    expect(JSON.parse(await readFile(out, 'utf8'))).toEqual(report);
    const markdown = await readFile(path.join(root, 'bench-small.md'), 'utf8');
    expect(markdown).toContain('| Measure | Median | p95 | Runs | Target | Status |');
    expect(markdown).toMatch(/Search \(23-query mix\) \| [\d.]+ ms/);
    expect(markdown).toContain('not measured: skipped (--no-pdf)');
    expect(markdown).toMatch(/\| Import a 200 KB saved page, until its candidates are proposed \| [\d.,]+ ms \| [\d.,]+ ms \| \d+ \| ≤ 1,000 ms \(p95\) \| /);
    expect(markdown).toMatch(/\| Save a record, until written \(edits and adds\) \| [\d.,]+ ms \| [\d.,]+ ms \| \d+ \| ≤ 30 ms \(p95\) \| /);
    expect(markdown).toContain('Machine: ');
    expect(markdown).toMatch(/\| Search \(p95\) ÷ FlexSearch over the same folded documents, same query mix \| [\d.]+ ms \| [\d.]+ ms \| [\d.]+× \| ≤ 1\.2× /);
    expect(markdown).toMatch(/\| country-desk countries \(median\) ÷ node -e 0 \| [\d.,]+ ms \| [\d.,]+ ms \| [\d.]+× \| ≤ 3\.0× /);

    // Beside the small scale (large and xl), each save's growth row follows its small-scale figure, in both languages.
    const beside = { ...report.figures, noteSaveSmallScale: report.figures.noteSave, recordSaveSmallScale: report.figures.recordSave };
    const withGrowth = { ...report, figures: beside, targets: checkTargets(beside, 'large', report.memory) };
    const t = createNodeTranslator();
    expect(benchMarkdown(withGrowth, t('en'), 'en')).toMatch(/\| Save a record, small scale \| [^\n]+\n\| Record save growth \(median, this scale ÷ small\) \| 1\.00× \| {2}\| {2}\| ≤ 1\.5× \| /);
    expect(benchMarkdown(withGrowth, t('vi'), 'vi')).toMatch(/\| Lưu hồ sơ, quy mô nhỏ \| [^\n]+\n\| Mức tăng thời gian lưu hồ sơ \(trung vị, quy mô này ÷ quy mô nhỏ\) \| 1,00× \| {2}\| {2}\| ≤ 1,5× \| /);
    expect(benchMarkdown(withGrowth, t('en'), 'en')).toMatch(/\| Save a note, small scale \| [^\n]+\n\| Note save growth \(median, this scale ÷ small\) \| 1\.00× \| /);

    // The bench writes records.json as an earlier app left it: the first open migrates it (timed apart).
    expect(await readdir(path.join(data, 'small', 'data'))).toEqual(expect.arrayContaining(['records', 'notes']));
  }, 120_000);

  it('never generates into a folder that holds something', async () => {
    const data = await tempDir();
    await writeFile(path.join(data, 'records.json'), '{}');
    const { code, stderr } = await countryDesk('bench', '--data', data, '--no-pdf');
    expect(code).toBe(2);
    expect(stderr).toMatch(/is not empty/);
    expect(await readdir(data)).toEqual(['records.json']);
  });

  it('refuses an unknown scale', async () => {
    const { code, stderr } = await countryDesk('bench', '--scale', 'huge');
    expect(code).toBe(2);
    expect(stderr).toMatch(/--scale must be small, large or xl, not 'huge'/);
  });

  it('puts the Markdown beside the JSON', () => {
    expect(markdownPathBeside('/r/bench-large.json')).toBe('/r/bench-large.md');
    expect(markdownPathBeside('/r/results')).toBe('/r/results.md');
  });
});
