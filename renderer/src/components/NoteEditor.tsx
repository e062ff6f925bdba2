import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { NoteView } from '../../../app/shared/notes/note-view';
import { RequestError } from '../api';
import { formatTags, parseTags } from '../notes/parse-tags';
import { useLeaveGuard } from '../notes/use-leave-guard';
import { useNoteAutosave, type NoteDraft } from '../notes/use-note-autosave';
import { ErrorBoundary } from './ErrorBoundary';
import { NoteMarkdown } from './NoteMarkdown';
import './NoteEditor.css';

interface NoteEditorProps {
  initial: NoteDraft;
  /** False for a note being started: it is created on its first save. */
  exists: boolean;
  onSaved: (note: NoteView) => void;
  /** Closes the editor (what was typed is saved as it closes), with the note as it was left. */
  onDone: (final: NoteDraft) => void;
}

/** Edits a note in place: Markdown text with a preview, tags, pin. Saves itself as it is typed; no Save button. */
export function NoteEditor({ initial, exists, onSaved, onDone }: NoteEditorProps) {
  const { t } = useTranslation('notes');
  const { draft, status, error, change, flush } = useNoteAutosave(initial, { exists, onSaved });
  const [tagsText, setTagsText] = useState(formatTags(draft.tags));
  // Until a save succeeds again (a retry on blur must not lift the question).
  useLeaveGuard(error !== undefined && status !== 'saved', t('editor.leaveUnsaved'));
  const [preview, setPreview] = useState(false);
  const bodyId = useId();
  const tagsId = useId();
  const helpId = useId();

  /** Saves what is left and closes, unless the last save failed: then the text stays open, never lost. */
  const finish = () => {
    flush();
    if (status !== 'failed') onDone(draft);
  };

  const statusText =
    status === 'failed'
      ? t('editor.saveFailed', {
          detail: error instanceof RequestError ? t(`errors:${error.code}`, error.params) : String((error as Error)?.message ?? error),
        })
      : status === 'saved'
        ? exists || draft.body.trim() !== '' || draft.tags.length > 0
          ? t('editor.saved')
          : t('editor.emptyNotSaved')
        : t('editor.saving');

  return (
    <div
      role="group"
      aria-label={exists ? t('editor.editLabel') : t('editor.newLabel')}
      className="note-editor"
      onKeyDown={(event) => {
        // Escape in a dialog opened from the preview (a link's confirmation) closes only the dialog.
        if (event.key === 'Escape' && !event.defaultPrevented && !(event.target instanceof Element && event.target.closest('dialog'))) {
          event.preventDefault();
          finish();
        }
      }}
    >
      <label htmlFor={bodyId}>{t('editor.body')}</label>
      <textarea
        id={bodyId}
        aria-describedby={helpId}
        value={draft.body}
        rows={6}
        // The editor opens for typing: focus goes straight to the text.
        autoFocus
        onChange={(event) => change({ body: event.target.value })}
        onBlur={flush}
      />
      <p id={helpId} className="note-editor__help">
        {t('editor.help')}
      </p>
      <div className="note-editor__row">
        <label htmlFor={tagsId}>{t('editor.tags')}</label>
        <input
          id={tagsId}
          type="text"
          value={tagsText}
          placeholder={t('editor.tagsPlaceholder')}
          onChange={(event) => {
            setTagsText(event.target.value);
            change({ tags: parseTags(event.target.value) });
          }}
          onBlur={() => {
            setTagsText(formatTags(parseTags(tagsText)));
            flush();
          }}
        />
        <label className="note-editor__pin">
          <input type="checkbox" checked={draft.pinned} onChange={(event) => change({ pinned: event.target.checked })} onBlur={flush} />
          {t('editor.pin')}
        </label>
      </div>
      <div className="note-editor__row">
        <button type="button" aria-pressed={preview} onClick={() => setPreview((shown) => !shown)}>
          {t('editor.preview')}
        </button>
        <p role="status" className={`note-editor__status note-editor__status--${status}`}>
          {statusText}
        </p>
        <button
          type="button"
          onClick={finish}
        >
          {t('editor.done')}
        </button>
      </div>
      {preview && (
        <section aria-label={t('editor.previewLabel')} className="note-editor__preview">
          {draft.body.trim() === '' ? <p>{t('editor.previewEmpty')}</p> : (
            <ErrorBoundary resetKey={draft.body} fallback={() => <p role="alert">{t('card.unreadable')}</p>}>
              <NoteMarkdown markdown={draft.body} />
            </ErrorBoundary>
          )}
        </section>
      )}
    </div>
  );
}
