import path from 'node:path';
import type { DatasetImportStep } from '../../core/records/import-dataset';
import { loadDatasetFile } from '../../core/records/load-bundled-dataset';
import { dataOption, defineCliCommand, jsonOption, langOption } from '../cli-command';
import { openCliDesk } from '../open-cli-desk';
import { startOfficerCommand } from '../records/officer-command';
import { packReportLines } from '../records/pack-report-lines';

export const datasetImportCommand = defineCliCommand({
  words: ['dataset', 'import'],
  usage: 'dataset import FILE [--dry-run] [--json] [--lang vi|en] [--data DIR]',
  options: { ...dataOption, ...jsonOption, ...langOption, 'dry-run': { type: 'boolean' } },
  positionals: { min: 1, max: 1 },
  async run({ values, positionals, io, ...context }) {
    const { dataDir, t: tl } = await startOfficerCommand(values, context);
    const file = path.resolve(positionals[0] ?? '');
    // A malformed file is refused before the data folder is even opened.
    await loadDatasetFile(file);
    const dryRun = values['dry-run'] === true;
    const desk = await openCliDesk({ dataDir, access: dryRun ? 'read' : 'write' }, io, tl);
    try {
      const onStep = (step: DatasetImportStep) => io.progress.update(tl(`notes:cli.datasetImportProgress.${step}`, { file }));
      // The officer's layer imports it: the reference records are replaced, the officer's kept, conflicts filed.
      const report = await desk.officer.importPack(file, { dryRun, onStep });
      io.progress.clear();
      if (values.json) io.stdout(JSON.stringify(report, null, 2));
      else for (const line of packReportLines(report, tl)) io.stdout(line);
      return 0;
    } finally {
      await desk.close();
    }
  },
});
