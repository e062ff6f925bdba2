import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RelationsRecord } from '../../../app/shared/records/record-schema';
import { ModalDialog } from '../components/ModalDialog';
import { RequestFailure } from '../components/RequestFailure';
import { FormButtons } from './FormButtons';
import { useRecordText } from './use-record-text';

interface RetireRecordDialogProps {
  record: RelationsRecord;
  retire: (reason: string) => Promise<void>;
  onClose: () => void;
}

/** Asks why a record no longer holds before retiring it: it leaves the page and the briefs, and can be restored. */
export function RetireRecordDialog({ record, retire, onClose }: RetireRecordDialogProps) {
  const { t } = useTranslation('records');
  const text = useRecordText();
  const reasonId = useId();
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);
  const [failure, setFailure] = useState<unknown>();
  return (
    <ModalDialog title={t('retire.heading', { title: text(record.title) })} description={t('retire.description')} onClose={onClose}>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          if (reason.trim() === '') return setMissing(true);
          retire(reason.trim()).then(onClose, setFailure);
        }}
      >
        <div className="record-field">
          <label htmlFor={reasonId}>{t('retire.reason')}</label>
          <textarea
            id={reasonId}
            rows={3}
            data-autofocus
            value={reason}
            aria-invalid={missing || undefined}
            aria-describedby={missing ? `${reasonId}-problem` : undefined}
            onChange={(event) => setReason(event.target.value)}
          />
          {missing && (
            <span id={`${reasonId}-problem`} className="record-field__problem">
              {t('problems.required')}
            </span>
          )}
        </div>
        {failure !== undefined && <RequestFailure error={failure} />}
        <FormButtons submit={t('retire.confirm')} onCancel={onClose} />
      </form>
    </ModalDialog>
  );
}
