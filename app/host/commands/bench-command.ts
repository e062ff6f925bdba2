import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { benchScales, scaleNameSchema } from '../../bench/bench-scales';
import type { BenchStep } from '../../bench/run-bench';
import { AppError } from '../../shared/app-error';
import { dataOption, jsonOption, langOption, defineCliCommand } from '../cli-command';
import { parseLanguageFlag } from '../cli-language';

const SEED = 1;

/** An empty folder to generate into: `--data DIR` (new or empty, never someone's data), else a temporary one. */
async function benchFolder(flag: string | undefined, notEmpty: (folder: string) => string): Promise<{ folder: string; temporary: boolean }> {
  if (flag === undefined) return { folder: await mkdtemp(path.join(os.tmpdir(), 'country-desk-bench-')), temporary: true };
  const folder = path.resolve(flag);
  const entries = await readdir(folder).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return [];
    throw new AppError('data-folder-unreadable', { path: folder, detail: error.message }, { cause: error });
  });
  if (entries.length > 0) throw new AppError('usage', { detail: notEmpty(folder) });
  await mkdir(folder, { recursive: true });
  return { folder, temporary: false };
}

/** `results.json` → `results.md`; any other name gains `.md`. */
export function markdownPathBeside(jsonPath: string): string {
  return jsonPath.endsWith('.json') ? `${jsonPath.slice(0, -'.json'.length)}.md` : `${jsonPath}.md`;
}

export const benchCommand = defineCliCommand({
  words: ['bench'],
  usage: 'bench [--scale small|large|xl] [--json] [--out FILE] [--data DIR] [--no-pdf] [--lang vi|en]',
  options: { ...dataOption, ...jsonOption, ...langOption, scale: { type: 'string' }, out: { type: 'string' }, 'no-pdf': { type: 'boolean' } },
  positionals: { min: 0, max: 0 },
  async run({ values, io, t }) {
    const language = parseLanguageFlag(values.lang, t('en'));
    const tl = t(language);
    const scaleName = scaleNameSchema.safeParse(values.scale ?? 'small');
    if (!scaleName.success) throw new AppError('usage', { detail: tl('bench:scaleInvalid', { value: String(values.scale) }) });
    const { folder, temporary } = await benchFolder(values.data, (path) => tl('bench:dataFolderNotEmpty', { path }));
    const onStep = (step: BenchStep) => {
      if (step.step === 'measuring') return io.progress.update(tl(`bench:progress.measuring.${step.what}`));
      const { name, dataset, notes } = step.scale;
      io.progress.update(
        dataset === 'bundled'
          ? tl('bench:progress.generatingBundled', { scale: name, notes })
          : tl('bench:progress.generating', { scale: name, countries: dataset.countries, notes }),
      );
    };
    try {
      // Loaded only here: every other command starts without the bench's generators.
      const [{ runBench }, { benchMarkdown }] = await Promise.all([import('../../bench/run-bench'), import('../../bench/bench-markdown')]);
      const report = await runBench({ scale: benchScales[scaleName.data], folder, pdf: !values['no-pdf'], seed: SEED, onStep });
      const markdown = benchMarkdown(report, tl, language);
      io.progress.clear();
      io.stderr(tl('bench:progress.finished', { seconds: Math.round(report.totalMs / 1000) }));
      io.stdout(values.json ? JSON.stringify(report, null, 2) : markdown);
      if (typeof values.out === 'string') {
        const jsonPath = path.resolve(values.out);
        await writeFile(jsonPath, `${JSON.stringify(report, null, 2)}\n`);
        await writeFile(markdownPathBeside(jsonPath), `${markdown}\n`);
        io.stderr(tl('bench:written', { json: jsonPath, markdown: markdownPathBeside(jsonPath) }));
      }
      return 0;
    } finally {
      if (temporary) await rm(folder, { recursive: true, force: true });
    }
  },
});
