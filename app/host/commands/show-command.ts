import { AppError } from '../../shared/app-error';
import { openCliDesk } from '../open-cli-desk';
import { formatDateSpan, formatMoney } from '../../shared/format/format-partial-date';
import { countryCodeSchema } from '../../shared/records/record-schema';
import { resolveDataDir } from '../../core/store/data-folder';
import { dataOption, jsonOption, langOption, defineCliCommand } from '../cli-command';
import { parseLanguageFlag } from '../cli-language';
import { sourceLines, sourceWithArticle } from './source-lines';

/** Parses a country code typed on the command line (any case); unknown codes are refused later. */
export function parseCountryArgument(value: string) {
  const parsed = countryCodeSchema.safeParse(value.toUpperCase());
  if (!parsed.success) throw new AppError('unknown-country', { code: value });
  return parsed.data;
}

export const showCommand = defineCliCommand({
  words: ['show'],
  usage: 'show CODE [--lang vi|en] [--json] [--data DIR]',
  options: { ...dataOption, ...jsonOption, ...langOption },
  positionals: { min: 1, max: 1 },
  async run({ values, positionals, io, t }) {
    const language = parseLanguageFlag(values.lang, t('en'));
    const code = parseCountryArgument(positionals[0] ?? '');
    const desk = await openCliDesk({ dataDir: resolveDataDir(values.data), access: 'read' }, io, t(language));
    try {
      const country = desk.records.findCountry(code);
      if (!country) throw new AppError('unknown-country', { code });
      const records = await desk.records.listCountryRecords(code);
      const articles = new Map((await desk.records.citedArticles(records)).map((a) => [a.id, a]));

      if (values.json) {
        const withSources = records.map((record) => ({
          ...record,
          sources: record.sources.map((source) => sourceWithArticle(source, articles)),
        }));
        io.stdout(JSON.stringify({ country, records: withSources }, null, 2));
        return 0;
      }

      const tl = t(language);
      io.stdout(tl('showHeading', { name: country.name[language], code, count: records.length }));
      for (const record of records) {
        const when = record.date ? formatDateSpan(record.date, record.dateEnd, language) : tl('undated');
        io.stdout('');
        io.stdout(`${when} · ${tl(`app:kinds.${record.kind}`)} · ${record.title[language]}`);
        io.stdout(`  ${record.summary[language]}`);
        const amount = record.kind === 'trade' ? record.amount : record.kind === 'investment' ? record.capital : undefined;
        if (amount) io.stdout(`  ${tl(record.kind === 'trade' ? 'amountLine' : 'capitalLine', { amount: formatMoney(amount, language, tl) })}`);
        for (const source of record.sources) for (const line of sourceLines(source, articles, tl, language)) io.stdout(line);
      }
      return 0;
    } finally {
      await desk.close();
    }
  },
});
