import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { NoteView } from '../../../app/shared/notes/note-view';
import { api } from '../api';
import { formatNoteTime } from '../notes/format-note-time';
import { unsavedChangeOf } from '../notes/unsaved-note-drafts';
import { useLanguage } from '../use-language';
import { NoteCard } from './NoteCard';
import { NoteEditor } from './NoteEditor';
import { NoteHistoryDialog } from './NoteHistoryDialog';
import { NoteBoundary } from './UnreadableNote';
import { RequestFailure } from './RequestFailure';
import { useStatusMessage } from '../use-status-message';
import { UndoStatus } from './UndoStatus';
import './NoteList.css';

interface NoteListProps {
  notes: readonly NoteView[];
  /** The list's accessible name. */
  label: string;
  showAttachment?: boolean;
  /** A note was saved, restored or changed: put this version in the list. */
  onChanged: (note: NoteView) => void;
  /** A note left the list (moved to the trash). */
  onRemoved: (id: string) => void;
}

/** Notes to read and work on: edit in place, pin, history, delete to the trash with Undo. */
export function NoteList({ notes, label, showAttachment, onChanged, onRemoved }: NoteListProps) {
  const { t } = useTranslation('notes');
  const language = useLanguage();
  const [editingId, setEditingId] = useState<string>();
  const [focusEditOf, setFocusEditOf] = useState<string>();
  const [historyOf, setHistoryOf] = useState<NoteView>();
  const [failure, setFailure] = useState<unknown>();
  const { message, say, dismiss } = useStatusMessage(setFailure);

  // A note with text not saved yet (a reload, a stopped host) opens in its editor again, with that text.
  const unsavedId = useMemo(() => notes.find((note) => unsavedChangeOf(note) !== undefined)?.id, [notes]);
  const [restoring, setRestoring] = useState(true);
  // Once opened, it stays open when its text is saved (the officer may be typing on).
  const [restoredId, setRestoredId] = useState<string>();
  if (restoring && restoredId === undefined && unsavedId !== undefined) setRestoredId(unsavedId);
  const openId = editingId ?? (restoring ? (restoredId ?? unsavedId) : undefined);

  const run = (action: () => Promise<void>) => {
    setFailure(undefined);
    action().catch(setFailure);
  };

  const moveToTrash = (note: NoteView) =>
    run(async () => {
      await api.deleteNote({ id: note.id });
      onRemoved(note.id);
      say({ key: 'status.deleted' }, async () => {
        onChanged(await api.restoreNote({ id: note.id }));
        say({ key: 'status.restored' });
      });
    });

  const savePin = async (note: NoteView, pinned: boolean) => {
    const { id, country, recordId, body, tags } = note;
    onChanged(await api.saveNote({ id, country, ...(recordId ? { recordId } : {}), body, tags, pinned }));
  };
  const togglePin = (note: NoteView) =>
    run(async () => {
      await savePin(note, !note.pinned);
      say({ key: note.pinned ? 'status.unpinned' : 'status.pinned' }, () => savePin(note, note.pinned));
    });

  return (
    <div className="note-list">
      <UndoStatus message={message} onDismiss={dismiss} />
      {failure !== undefined && <RequestFailure error={failure} />}
      {notes.length > 0 && (
        <ul aria-label={label}>
          {notes.map((note) => (
            <li key={note.id}>
              {openId === note.id ? (
                <NoteEditor
                  initial={{ id: note.id, country: note.country, recordId: note.recordId, body: note.body, tags: note.tags, pinned: note.pinned }}
                  exists
                  onSaved={onChanged}
                  onDone={() => {
                    setEditingId(undefined);
                    setRestoring(false);
                    setFocusEditOf(note.id);
                  }}
                />
              ) : (
                <NoteBoundary
                  note={note}
                  actions={
                    <button type="button" onClick={() => moveToTrash(note)}>
                      {t('actions.delete')}
                    </button>
                  }
                >
                  <NoteCard
                    note={note}
                    showAttachment={showAttachment}
                    actions={
                      <>
                        <button type="button" autoFocus={focusEditOf === note.id} onClick={() => setEditingId(note.id)}>
                          {t('actions.edit')}
                        </button>
                        <button type="button" className="note-list__pin" aria-pressed={note.pinned} onClick={() => togglePin(note)}>
                          <span aria-hidden="true">{note.pinned ? '★ ' : '☆ '}</span>
                          {t('actions.pin')}
                        </button>
                        <button type="button" onClick={() => setHistoryOf(note)}>
                          {t('actions.history')}
                        </button>
                        <button type="button" onClick={() => moveToTrash(note)}>
                          {t('actions.delete')}
                        </button>
                      </>
                    }
                  />
                </NoteBoundary>
              )}
            </li>
          ))}
        </ul>
      )}
      {historyOf && (
        <NoteHistoryDialog
          note={historyOf}
          onClose={() => setHistoryOf(undefined)}
          onRestored={(restored, replaced) => {
            onChanged(restored);
            say({ key: 'status.versionRestored', params: { time: formatNoteTime(replaced, language) } }, async () => {
              onChanged(await api.restoreNoteRevision({ id: restored.id, savedAt: replaced }));
            });
          }}
        />
      )}
    </div>
  );
}
