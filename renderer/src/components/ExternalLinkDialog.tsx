import { useTranslation } from 'react-i18next';
import { ModalDialog } from './ModalDialog';

interface ExternalLinkDialogProps {
  url: string;
  onClose: () => void;
}

/**
 * Asks before a link in a note leaves the app. Opening hands the address to the system browser
 * (`window.open`, which the Electron shell routes to the browser after its own checks); Cancel is the default.
 */
export function ExternalLinkDialog({ url, onClose }: ExternalLinkDialogProps) {
  const { t } = useTranslation('notes');
  const open = () => {
    window.open(url, '_blank', 'noopener,noreferrer');
    onClose();
  };
  return (
    <ModalDialog title={t('link.title')} description={<p>{t('link.message')}</p>} onClose={onClose}>
      <p className="external-link-dialog__url">
        <code>{url}</code>
      </p>
      <div className="modal-dialog__actions">
        <button type="button" onClick={open}>
          {t('link.open')}
        </button>
        <button type="button" data-autofocus onClick={onClose}>
          {t('link.cancel')}
        </button>
      </div>
    </ModalDialog>
  );
}
