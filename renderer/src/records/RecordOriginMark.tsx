import { useTranslation } from 'react-i18next';
import type { RecordMark } from '../../../app/shared/records/record-layers';
import { formatNoteTime } from '../notes/format-note-time';
import { useLanguage } from '../use-language';
import './RecordOriginMark.css';

/** Where a record comes from: the reference dataset, the officer's own, or a reference record the officer edited (by whom, when). */
export function RecordOriginMark({ mark }: { mark: RecordMark | undefined }) {
  const { t } = useTranslation('records');
  const language = useLanguage();
  const origin = mark?.origin ?? 'reference';
  const changed = mark?.changedAt && origin !== 'reference' ? t('origin.changed', { at: formatNoteTime(mark.changedAt, language), by: mark.changedBy || t('history.nobody') }) : undefined;
  return (
    <span className={`record-origin record-origin--${origin}`}>
      {t(`origin.${origin}`)}
      {changed && <span className="record-origin__changed"> · {changed}</span>}
    </span>
  );
}
