import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import type { TFunction } from 'i18next';
import { AppError } from '../../shared/app-error';
import { checkDataset } from '../../core/records/check-dataset';
import { bundledDataset, bundledDatasetPath, readDatasetJson } from '../../core/records/load-bundled-dataset';
import { openReferenceLayer } from '../../core/records/open-reference-layer';
import { REFERENCE_INDEX_FILE } from '../../core/records/reference-layer-files';
import { formatProblem } from '../../shared/records/dataset-problems';
import { RECORDS_FILE_NAME } from '../../core/records/records-file';
import { resolveDataDir } from '../../core/store/data-folder';
import { dataOption, defineCliCommand, type CliFlags } from '../cli-command';
import { officerLayerProblems } from '../records/officer-layer-problems';

/** A dataset file as it is, or the reference layer whose index `file` is, put back together as one dataset. */
async function readDatasetToCheck(file: string): Promise<unknown> {
  if (!file.endsWith(REFERENCE_INDEX_FILE)) return readDatasetJson(file);
  const dataDir = file.slice(0, -REFERENCE_INDEX_FILE.length);
  return (await openReferenceLayer(dataDir, bundledDataset(), true)).records.readDataset();
}

const checkOptions = { ...dataOption, dataset: { type: 'string' }, seeds: { type: 'string' } } as const;

/**
 * The file to check: `--dataset DIR|FILE`, else the data folder's records (the reference layer's index,
 * or the records.json of an earlier app), else the bundled dataset. A data folder that holds no records
 * yet would use the bundled dataset: that is what is checked then.
 */
function datasetFileToCheck(values: CliFlags<typeof checkOptions>, t: TFunction, say: (line: string) => void): string {
  if (values.data !== undefined && values.dataset !== undefined) {
    throw new AppError('usage', { detail: t('dataOrDataset') });
  }
  if (values.dataset !== undefined) {
    const target = path.resolve(values.dataset);
    const isFolder = existsSync(target) && statSync(target).isDirectory();
    return isFolder ? path.join(target, 'dataset.json') : target;
  }
  const dataDir = resolveDataDir(values.data);
  for (const name of [REFERENCE_INDEX_FILE, RECORDS_FILE_NAME]) if (existsSync(path.join(dataDir, name))) return path.join(dataDir, name);
  if (values.data !== undefined) say(t('noRecordsYet', { dataDir, file: bundledDatasetPath() }));
  return bundledDatasetPath();
}

export const checkCommand = defineCliCommand({
  words: ['check'],
  usage: 'check [--data DIR | --dataset DIR] [--seeds DIR]',
  options: checkOptions,
  positionals: { min: 0, max: 0 },
  async run({ values, io, t }) {
    const tl = t('en');
    const file = datasetFileToCheck(values, tl, io.stdout);
    if (!existsSync(file)) throw new AppError('dataset-invalid', { path: file, detail: tl('noSuchFile') });
    const seedsDir = values.seeds !== undefined ? path.resolve(values.seeds) : undefined;
    const officer = values.dataset === undefined ? await officerLayerProblems(resolveDataDir(values.data), io, tl) : [];
    const problems = [...checkDataset(await readDatasetToCheck(file), seedsDir ? { seedsDir } : {}), ...officer];
    const errors = problems.filter((p) => p.severity === 'error');
    for (const problem of problems) (problem.severity === 'error' ? io.stderr : io.stdout)(formatProblem(problem));
    io.stdout(tl('checkSummary', { file, errors: errors.length, warnings: problems.length - errors.length }));
    return errors.length > 0 ? 1 : 0;
  },
});
