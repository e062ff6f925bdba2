import path from 'node:path';
import { buildDatasetPack } from '../../core/records/dataset-pack-export';
import { writeOutputFile } from '../../core/briefs/write-output-file';
import { dataOption, defineCliCommand, langOption } from '../cli-command';
import { mergedCountryPages } from '../records/merged-country-pages';
import { startOfficerCommand, withDeskHandlers } from '../records/officer-command';

export const datasetExportCommand = defineCliCommand({
  words: ['dataset', 'export'],
  usage: 'dataset export FILE [--lang vi|en] [--data DIR]',
  options: { ...dataOption, ...langOption },
  positionals: { min: 1, max: 1 },
  async run({ values, positionals, io, ...context }) {
    const command = await startOfficerCommand(values, context);
    const file = path.resolve(positionals[0] ?? '');
    const pack = await withDeskHandlers(command, 'read', io, async (handlers) => {
      const [status, pages] = await Promise.all([handlers.getStatus({}), mergedCountryPages(handlers)]);
      return buildDatasetPack(pages, status.datasetVersion, new Date());
    });
    await writeOutputFile(file, `${JSON.stringify(pack, null, 2)}\n`);
    io.stdout(command.t('records.exported', { file, version: pack.datasetVersion, records: pack.records.length, countries: pack.countries.length }));
    return 0;
  },
});
