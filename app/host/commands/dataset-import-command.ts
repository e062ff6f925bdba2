import path from 'node:path';
import { openCliDesk } from '../open-cli-desk';
import { importDataset, type DatasetImportStep } from '../../core/records/import-dataset';
import { loadDatasetFile } from '../../core/records/load-bundled-dataset';
import { resolveDataDir } from '../../core/store/data-folder';
import { dataOption, defineCliCommand } from '../cli-command';

export const datasetImportCommand = defineCliCommand({
  words: ['dataset', 'import'],
  usage: 'dataset import FILE [--dry-run] [--data DIR]',
  options: { ...dataOption, 'dry-run': { type: 'boolean' } },
  positionals: { min: 1, max: 1 },
  async run({ values, positionals, io, t }) {
    const tl = t('en');
    const file = path.resolve(positionals[0] ?? '');
    // A malformed file is refused before the data folder is even opened.
    await loadDatasetFile(file);
    const dryRun = values['dry-run'] === true;
    const desk = await openCliDesk({ dataDir: resolveDataDir(values.data), access: dryRun ? 'read' : 'write' }, io, tl);
    try {
      const onStep = (step: DatasetImportStep) => io.progress.update(tl(`notes:cli.datasetImportProgress.${step}`, { file }));
      const report = await importDataset(desk, file, { dryRun, onStep });
      io.progress.clear();
      io.stdout(tl(dryRun ? 'notes:cli.datasetImportPlan' : 'notes:cli.datasetImported', { ...report }));
      if (report.notesOnRemovedRecords > 0) io.stdout(tl('notes:cli.notesOnRemovedRecords', { count: report.notesOnRemovedRecords }));
      return 0;
    } finally {
      await desk.close();
    }
  },
});
