import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { NoteView } from '../../../app/shared/notes/note-view';
import { api } from '../api';
import { formatNoteTime } from '../notes/format-note-time';
import { useLanguage } from '../use-language';
import { useRequest } from '../use-request';
import { ModalDialog } from './ModalDialog';
import { ErrorBoundary } from './ErrorBoundary';
import { NoteMarkdown } from './NoteMarkdown';
import { RequestFailure } from './RequestFailure';
import './NoteHistoryDialog.css';

interface NoteHistoryDialogProps {
  note: NoteView;
  /** An earlier version was made current; `replaced` is when the version it replaced was saved. */
  onRestored: (note: NoteView, replaced: string) => void;
  onClose: () => void;
}

/** A note's earlier versions (up to 20), newest first, each readable and restorable. */
export function NoteHistoryDialog({ note, onRestored, onClose }: NoteHistoryDialogProps) {
  const { t } = useTranslation('notes');
  const language = useLanguage();
  const [revisions] = useRequest(() => api.listNoteRevisions({ id: note.id }), [note.id]);
  const [failure, setFailure] = useState<unknown>();

  const restore = async (savedAt: string) => {
    try {
      const restored = await api.restoreNoteRevision({ id: note.id, savedAt });
      onRestored(restored, note.updatedAt);
      onClose();
    } catch (error) {
      setFailure(error);
    }
  };

  return (
    <ModalDialog title={t('history.title')} description={<p>{t('history.description')}</p>} onClose={onClose} className="note-history">
      {revisions.status === 'loading' && <p>{t('app:loading')}</p>}
      {revisions.status === 'failed' && <RequestFailure error={revisions.error} />}
      {failure !== undefined && <RequestFailure error={failure} />}
      {revisions.status === 'done' && revisions.value.length === 0 && <p>{t('history.none')}</p>}
      {revisions.status === 'done' && revisions.value.length > 0 && (
        <ol className="note-history__list">
          {revisions.value.map((revision) => {
            const time = formatNoteTime(revision.savedAt, language);
            return (
              <li key={revision.savedAt}>
                <section aria-label={t('history.versionLabel', { time })}>
                  <p className="note-history__time">{t('history.savedAt', { time })}</p>
                  <ErrorBoundary fallback={() => <pre className="note-card__raw">{revision.body}</pre>}>
                    <NoteMarkdown markdown={revision.body} />
                  </ErrorBoundary>
                  {revision.tags.length > 0 && <p className="note-history__tags">{t('history.tags', { tags: revision.tags.join(', ') })}</p>}
                  <button type="button" onClick={() => void restore(revision.savedAt)}>
                    {t('history.restore')}
                  </button>
                </section>
              </li>
            );
          })}
        </ol>
      )}
      <div className="modal-dialog__actions">
        <button type="button" data-autofocus onClick={onClose}>
          {t('history.close')}
        </button>
      </div>
    </ModalDialog>
  );
}
