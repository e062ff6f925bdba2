import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { NoteView } from '../../../app/shared/notes/note-view';
import { formatNoteTime } from '../notes/format-note-time';
import { noteTitle } from '../../../app/shared/notes/note-title';
import { useLanguage } from '../use-language';
import { NoteMarkdown } from './NoteMarkdown';
import './NoteCard.css';

interface NoteCardProps {
  note: NoteView;
  /** Show which country and record the note is on (the notes screen; the country page shows it by place). */
  showAttachment?: boolean;
  /** The buttons for what can be done with the note. */
  actions: ReactNode;
  /** The note the officer opened (a search result): marked as current, and focusable to be focused. */
  opened?: boolean;
}

/** The element id of a note's card, where a link to the note puts the focus. */
export function noteCardId(noteId: string): string {
  return `note-card-${noteId}`;
}

/** One note as read: its text rendered, its tags, pin, dates and what it is attached to. */
export function NoteCard({ note, showAttachment = false, actions, opened = false }: NoteCardProps) {
  const { t } = useTranslation('notes');
  const language = useLanguage();
  const headline = noteTitle(note.body) || t('card.untitled');
  return (
    <article
      id={noteCardId(note.id)}
      className={`note-card${note.pinned ? ' note-card--pinned' : ''}`}
      aria-label={t('card.label', { title: headline })}
      aria-current={opened ? 'true' : undefined}
      tabIndex={opened ? -1 : undefined}
    >
      <p className="note-card__meta">
        {note.pinned && <span className="note-card__badge">{t('card.pinned')}</span>}
        {note.recordRemoved && <span className="note-card__badge note-card__badge--warning">{t('card.recordRemoved')}</span>}
        {showAttachment && (
          <span>
            <Link to={`/country/${note.country}`}>{note.countryName?.[language] ?? note.country}</Link>
            {note.recordTitle && <> · {note.recordTitle[language]}</>}
          </span>
        )}
        <span>
          {note.deletedAt
            ? t('card.deletedAt', { time: formatNoteTime(note.deletedAt, language) })
            : t('card.updatedAt', { time: formatNoteTime(note.updatedAt, language) })}
        </span>
      </p>
      <div className="note-card__body">
        <NoteMarkdown markdown={note.body} />
      </div>
      {note.tags.length > 0 && (
        <ul className="note-card__tags" aria-label={t('card.tags')}>
          {note.tags.map((tag) => (
            <li key={tag}>{tag}</li>
          ))}
        </ul>
      )}
      <div className="note-card__actions">{actions}</div>
    </article>
  );
}
