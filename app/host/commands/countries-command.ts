import { bundledPartnerCountries, createPartnerDirectory } from '../../core/countries/partner-directory';
import type { Desk } from '../../core/desk';
import { openCliDesk } from '../open-cli-desk';
import { resolveDataDir } from '../../core/store/data-folder';
import { dataOption, jsonOption, langOption, defineCliCommand } from '../cli-command';
import { parseLanguageFlag } from '../cli-language';

/** The countries with records, or with `--all` every partner state with its names, capital, region and record count. */
function countryRows(desk: Desk, all: boolean) {
  const summaries = desk.records.listCountries();
  if (!all) {
    return summaries.map(({ country, recordCount }) => ({ code: country.code, name: { vi: country.name.vi, en: country.name.en }, records: recordCount }));
  }
  const counts = new Map(summaries.map((summary) => [summary.country.code, summary.recordCount]));
  const directory = createPartnerDirectory(bundledPartnerCountries(), summaries.map((summary) => summary.country));
  return directory.list().map((partner) => ({ ...partner, records: counts.get(partner.code) ?? 0 }));
}

export const countriesCommand = defineCliCommand({
  words: ['countries'],
  usage: 'countries [--all] [--json] [--lang vi|en] [--data DIR]',
  options: { ...dataOption, ...jsonOption, ...langOption, all: { type: 'boolean' } },
  positionals: { min: 0, max: 0 },
  async run({ values, io, t }) {
    const language = parseLanguageFlag(values.lang, t('en'));
    const desk = await openCliDesk({ dataDir: resolveDataDir(values.data), access: 'read' }, io, t(language));
    try {
      const rows = countryRows(desk, values.all === true);
      if (values.json) io.stdout(JSON.stringify(rows, null, 2));
      else for (const row of rows) io.stdout(t(language)('countryLine', { code: row.code, name: row.name[language], count: row.records }));
      return 0;
    } finally {
      await desk.close();
    }
  },
});
