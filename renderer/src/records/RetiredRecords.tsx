import { useTranslation } from 'react-i18next';
import type { CountryPage } from '../../../app/contract';
import { formatNoteTime } from '../notes/format-note-time';
import { useLanguage } from '../use-language';
import type { RecordChanges } from './use-record-changes';
import { useRecordText } from './use-record-text';

/** The country's retired records, apart from the others: each with why, by whom and when, and a Restore. */
export function RetiredRecords({ retired, changes }: { retired: CountryPage['retired']; changes: RecordChanges }) {
  const { t } = useTranslation('records');
  const language = useLanguage();
  const text = useRecordText();
  if (retired.length === 0) return null;
  return (
    <section className="retired-records" aria-labelledby="retired-heading">
      <h2 id="retired-heading">{t('retired.heading', { count: retired.length })}</h2>
      <ul>
        {retired.map(({ record, retired: retirement }) => (
          <li key={record.id} aria-label={text(record.title)}>
            <strong>{text(record.title)}</strong>
            <p>{t('retired.reason', { reason: retirement.reason })}</p>
            <p>{t('retired.when', { at: formatNoteTime(retirement.at, language), by: retirement.by || t('history.nobody') })}</p>
            <button type="button" aria-label={t('retired.restoreRecord', { title: text(record.title) })} onClick={() => changes.restore(record.id)}>
              {t('retired.restore')}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
