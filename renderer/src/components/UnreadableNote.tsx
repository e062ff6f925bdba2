import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { NoteView } from '../../../app/shared/notes/note-view';
import { ErrorBoundary } from './ErrorBoundary';
import './NoteCard.css';

interface NoteBoundaryProps {
  note: NoteView;
  /** What can still be done with a note that cannot be shown (delete it, restore it). */
  actions: ReactNode;
  children: ReactNode;
}

/** A note that cannot be shown: says so, opens its raw text, and keeps the way to delete it. */
function UnreadableNote({ note, actions }: Omit<NoteBoundaryProps, 'children'>) {
  const { t } = useTranslation('notes');
  return (
    <article className="note-card note-card--unreadable" aria-label={t('card.unreadableLabel', { id: note.id })}>
      <p role="alert">{t('card.unreadable')}</p>
      <details>
        <summary>{t('card.rawText')}</summary>
        <pre className="note-card__raw">{note.body}</pre>
      </details>
      <div className="note-card__actions">{actions}</div>
    </article>
  );
}

/** One note, kept apart: if it fails to render, only it shows "cannot display this note". */
export function NoteBoundary({ note, actions, children }: NoteBoundaryProps) {
  return (
    <ErrorBoundary resetKey={note.updatedAt} fallback={() => <UnreadableNote note={note} actions={actions} />}>
      {children}
    </ErrorBoundary>
  );
}
