import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Article, CountryCode } from '../../../app/shared/records/record-schema';
import { RequestError } from '../api';
import { ModalDialog } from '../components/ModalDialog';
import { RequestFailure } from '../components/RequestFailure';
import { fieldOfInvalidInput } from './field-problems';
import { FormButtons } from './FormButtons';
import { RecordFormFields } from './RecordFormFields';
import type { RecordRequestDraft, ValidRecordRequest } from './check-record-draft';
import { useRecordForm } from './use-record-form';
import './RecordEditorDialog.css';

interface RecordEditorDialogProps {
  heading: string;
  initial: RecordRequestDraft;
  country: CountryCode;
  knownArticles: readonly Article[];
  /** A new record's kind may still change; a saved one's may not. */
  kindChoosable: boolean;
  save: (request: ValidRecordRequest) => Promise<void>;
  onClose: () => void;
}

/** Ctrl+S, or ⌘S on a Mac. */
function isSaveShortcut(event: KeyboardEvent): boolean {
  return (event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey && event.key.toLowerCase() === 's';
}

/**
 * The record form in a dialog: checked before it is sent (each problem beside its field, focus on the first),
 * saved with Ctrl+S (⌘S) or the Save button, closed with Escape or Cancel. A refusal of the core is said beside
 * the field it names, or above the buttons.
 */
export function RecordEditorDialog({ heading, initial, country, knownArticles, kindChoosable, save, onClose }: RecordEditorDialogProps) {
  const { t } = useTranslation('records');
  const { form, validate, problems, showProblem } = useRecordForm(initial, country, knownArticles);
  const [saving, setSaving] = useState(false);
  const [failure, setFailure] = useState<unknown>();
  const formElement = useRef<HTMLFormElement>(null);

  useEffect(() => {
    if (problems.size > 0) formElement.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [problems]);

  const submit = () => {
    if (saving) return;
    setFailure(undefined);
    const request = validate();
    if (!request) return;
    setSaving(true);
    save(request).then(onClose, (error: unknown) => {
      setSaving(false);
      const field = error instanceof RequestError ? fieldOfInvalidInput(error.code, error.params) : undefined;
      if (field) showProblem(field, { key: 'refused' });
      else setFailure(error);
    });
  };

  return (
    <ModalDialog title={heading} className="record-editor" onClose={onClose}>
      <form
        ref={formElement}
        noValidate
        aria-busy={saving || undefined}
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
        onKeyDown={(event) => {
          if (!isSaveShortcut(event)) return;
          event.preventDefault();
          submit();
        }}
      >
        <RecordFormFields form={form} kindChoosable={kindChoosable} />
        {problems.size > 0 && <p role="alert">{t('form.problems', { count: problems.size })}</p>}
        {failure !== undefined && <RequestFailure error={failure} />}
        <FormButtons submit={t('form.save')} onCancel={onClose} busy={saving} shortcut="Control+S" />
      </form>
    </ModalDialog>
  );
}
