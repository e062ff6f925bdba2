import { useTranslation } from 'react-i18next';
import { formatDateSpan } from '../../../app/shared/format/format-partial-date';
import type { RelationsRecord } from '../../../app/shared/records/record-schema';
import type { Language } from '../../../app/shared/settings/settings-schema';
import { BriefRecordCells } from './BriefRecordCells';

/** Dated records as a table: the date, then the record in each language of the brief (side by side when two). */
export function BriefDatedList({ records, languages }: { records: readonly RelationsRecord[]; languages: readonly Language[] }) {
  const { t } = useTranslation('briefs', { lng: languages[0] });
  const { t: tEn } = useTranslation('briefs', { lng: 'en' });
  if (records.length === 0) return null;
  const bilingual = languages.length > 1;
  return (
    <table className={`brief__table${bilingual ? ' brief__table--bilingual' : ''}`}>
      <thead>
        <tr>
          <th scope="col" className="brief__date-column">{bilingual ? `${t('doc.date')} / ${tEn('doc.date')}` : t('doc.date')}</th>
          {languages.map((lang) => (
            <th key={lang} scope="col" lang={lang}>{bilingual ? t(`doc.languageColumn.${lang}`) : t('doc.details')}</th>
          ))}
        </tr>
      </thead>
      <tbody>
        {records.map((record) => (
          <tr key={record.id}>
            <td>{formatDateSpan(record.date!, record.dateEnd, languages[0] ?? 'vi')}</td>
            <BriefRecordCells record={record} languages={languages} />
          </tr>
        ))}
      </tbody>
    </table>
  );
}
