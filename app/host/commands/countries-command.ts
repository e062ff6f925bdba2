import { openDesk } from '../../core/desk';
import { resolveDataDir } from '../../core/store/data-folder';
import { dataOption, jsonOption, langOption, type CliCommand } from '../cli-command';
import { parseLanguageFlag } from '../cli-language';

export const countriesCommand: CliCommand = {
  words: ['countries'],
  usage: 'countries [--json] [--lang vi|en] [--data DIR]',
  options: { ...dataOption, ...jsonOption, ...langOption },
  positionals: { min: 0, max: 0 },
  async run({ values, io, t }) {
    const language = parseLanguageFlag(values.lang, t('en'));
    const desk = await openDesk({ dataDir: resolveDataDir(values.data as string | undefined), access: 'read' });
    try {
      const rows = desk.records.listCountries().map(({ country, recordCount }) => ({
        code: country.code,
        name: { vi: country.name.vi, en: country.name.en },
        records: recordCount,
      }));
      if (values.json) io.stdout(JSON.stringify(rows, null, 2));
      else for (const row of rows) io.stdout(t(language)('countryLine', { code: row.code, name: row.name[language], count: row.records }));
      return 0;
    } finally {
      await desk.close();
    }
  },
};
