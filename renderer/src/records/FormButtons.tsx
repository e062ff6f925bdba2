import { useTranslation } from 'react-i18next';

interface FormButtonsProps {
  submit: string;
  onCancel: () => void;
  busy?: boolean;
  /** The keyboard shortcut that also submits, e.g. `Control+S`. */
  shortcut?: string;
}

/** A dialog form's submit and Cancel buttons, at its foot. */
export function FormButtons({ submit, onCancel, busy = false, shortcut }: FormButtonsProps) {
  const { t } = useTranslation('records');
  return (
    <div className="modal-dialog__actions">
      <button type="submit" aria-keyshortcuts={shortcut} disabled={busy}>
        {submit}
      </button>
      <button type="button" onClick={onCancel}>
        {t('form.cancel')}
      </button>
    </div>
  );
}
