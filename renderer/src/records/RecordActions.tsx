import { useTranslation } from 'react-i18next';
import type { RelationsRecord } from '../../../app/shared/records/record-schema';
import type { RecordChanges } from './use-record-changes';
import { useRecordText } from './use-record-text';

/** A record's buttons on the country page: edit it, see its history, retire it. */
export function RecordActions({ record, changes }: { record: RelationsRecord; changes: RecordChanges }) {
  const { t } = useTranslation('records');
  const title = useRecordText()(record.title);
  return (
    <div className="record-actions" role="group" aria-label={t('actions.label', { title })}>
      <button type="button" aria-haspopup="dialog" aria-label={t('actions.editRecord', { title })} onClick={() => changes.openEdit(record.id)}>
        {t('actions.edit')}
      </button>
      <button type="button" aria-haspopup="dialog" aria-label={t('actions.historyOf', { title })} onClick={() => changes.openHistory(record.id)}>
        {t('actions.history')}
      </button>
      <button type="button" aria-haspopup="dialog" aria-label={t('actions.retireRecord', { title })} onClick={() => changes.openRetire(record)}>
        {t('actions.retire')}
      </button>
    </div>
  );
}
