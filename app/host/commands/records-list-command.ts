import type { CountryPage } from '../../contract';
import { formatDateSpan } from '../../shared/format/format-partial-date';
import type { RecordMark, RecordRetirement } from '../../shared/records/record-layers';
import type { RelationsRecord } from '../../shared/records/record-schema';
import type { Language } from '../../shared/settings/settings-schema';
import { dataOption, defineCliCommand, jsonOption, langOption } from '../cli-command';
import { mergedCountryPages } from '../records/merged-country-pages';
import { startOfficerCommand, withDeskHandlers } from '../records/officer-command';
import { parseCountryArgument } from './show-command';

/** A record as `records list` shows it: the merged view's record, its mark, and the retirement of a retired one. */
interface ListedRecord {
  record: RelationsRecord;
  mark?: RecordMark;
  retired?: RecordRetirement;
}

function listedRecords(page: CountryPage, mineOnly: boolean): ListedRecord[] {
  const listed: ListedRecord[] = [...page.records.map((record) => ({ record, mark: page.marks[record.id] })), ...page.retired];
  return mineOnly ? listed.filter((item) => item.retired !== undefined || (item.mark !== undefined && item.mark.origin !== 'reference')) : listed;
}

/** A text field in the language asked for, or the other one where its translation is missing. */
const inLanguage = (text: { vi: string; en: string }, language: Language) => text[language] || text[language === 'vi' ? 'en' : 'vi'];

export const recordsListCommand = defineCliCommand({
  words: ['records', 'list'],
  usage: 'records list [--country CODE] [--mine] [--json] [--lang vi|en] [--data DIR]',
  options: { ...dataOption, ...jsonOption, ...langOption, country: { type: 'string' }, mine: { type: 'boolean' } },
  positionals: { min: 0, max: 0 },
  async run({ values, io, ...context }) {
    const command = await startOfficerCommand(values, context);
    const country = values.country === undefined ? undefined : parseCountryArgument(values.country);
    const pages = await withDeskHandlers(command, 'read', io, (handlers) => mergedCountryPages(handlers, country));
    const listed = pages.flatMap((page) => listedRecords(page, values.mine === true));
    if (values.json) {
      io.stdout(JSON.stringify(listed, null, 2));
      return 0;
    }
    const { t, language } = command;
    if (listed.length === 0) io.stdout(t('records.noRecords'));
    for (const { record, mark, retired } of listed) {
      io.stdout(
        t('records.listLine', {
          id: record.id,
          country: record.country,
          date: record.date ? formatDateSpan(record.date, record.dateEnd, language) : t('undated'),
          kind: t(`app:kinds.${record.kind}`),
          origin: t(`records.origin.${retired ? 'retired' : (mark?.origin ?? 'reference')}`),
          title: inLanguage(record.title, language),
        }),
      );
    }
    return 0;
  },
});
