import { useTranslation } from 'react-i18next';
import type { RecordDetail } from '../../../app/shared/records/record-layers';
import { ModalDialog } from '../components/ModalDialog';
import { formatNoteTime } from '../notes/format-note-time';
import { useLanguage } from '../use-language';
import { changedFields } from './changed-fields';
import { useRecordText } from './use-record-text';

interface RecordHistoryDialogProps {
  detail: RecordDetail;
  undo: () => void;
  onClose: () => void;
}

/** A record's revisions, newest first (what was done, by whom, when), with an Undo of the latest change. */
export function RecordHistoryDialog({ detail, undo, onClose }: RecordHistoryDialogProps) {
  const { t } = useTranslation('records');
  const language = useLanguage();
  const text = useRecordText();
  // Newest first, each with what it changed from the version before it (the reference one, before the first edit).
  const revisions = detail.history
    .map((revision, index) => ({ ...revision, changed: changedFields(index === 0 ? detail.reference : detail.history[index - 1]?.record, revision.record) }))
    .reverse();
  return (
    <ModalDialog title={t('history.heading', { title: text(detail.record.title) })} onClose={onClose}>
      {revisions.length === 0 ? (
        <p>{t('history.none')}</p>
      ) : (
        <ol className="record-history" aria-label={t('history.list')}>
          {revisions.map((revision) => (
            <li key={revision.revision}>
              {t('history.line', {
                revision: revision.revision,
                action: t(`revisionActions.${revision.action}`),
                by: revision.by || t('history.nobody'),
                at: formatNoteTime(revision.at, language),
              })}
              {revision.changed.length > 0 && ` — ${t('history.changed', { fields: revision.changed.map((field) => t(`fields.${field}`, { defaultValue: field })).join(', ') })}`}
              {revision.retired && ` — ${t('retired.reason', { reason: revision.retired.reason })}`}
            </li>
          ))}
        </ol>
      )}
      <div className="modal-dialog__actions">
        {detail.canUndo && (
          <button
            type="button"
            onClick={() => {
              undo();
              onClose();
            }}
          >
            {t('history.undo')}
          </button>
        )}
        <button type="button" data-autofocus onClick={onClose}>
          {t('history.close')}
        </button>
      </div>
    </ModalDialog>
  );
}
