import { useTranslation } from 'react-i18next';
import { formatDateSpan } from '../../../app/shared/format/format-partial-date';
import type { RelationsRecord } from '../../../app/shared/records/record-schema';
import type { Language } from '../../../app/shared/settings/settings-schema';
import { SourceRefs } from './SourceRefs';

interface BriefRecordsTableProps {
  records: readonly RelationsRecord[];
  lang: Language;
  /** The timeline's staccato form: date, type and title, no summary. */
  staccato?: boolean;
}

/** Records as a table of date and details with their source numbers; rows never split across pages. */
export function BriefRecordsTable({ records, lang, staccato = false }: BriefRecordsTableProps) {
  const { t } = useTranslation('briefs', { lng: lang });
  const { t: tApp } = useTranslation('app', { lng: lang });
  return (
    <table className="brief__table">
      <thead>
        <tr>
          <th scope="col" className="brief__date-column">{t('doc.date')}</th>
          {staccato && <th scope="col" className="brief__kind-column">{t('doc.kind')}</th>}
          <th scope="col">{staccato ? t('doc.event') : t('doc.details')}</th>
        </tr>
      </thead>
      <tbody>
        {records.map((record) => (
          <tr key={record.id}>
            <td>{record.date ? formatDateSpan(record.date, record.dateEnd, lang) : t('doc.undated')}</td>
            {staccato && <td>{tApp(`kinds.${record.kind}`)}</td>}
            <td>
              <span className="brief__record-title">{record.title[lang]}</span> <SourceRefs sources={record.sources} />
              {!staccato && <span className="brief__record-summary">{record.summary[lang]}</span>}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
