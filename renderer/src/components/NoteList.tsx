import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { NoteView } from '../../../app/shared/notes/note-view';
import { api } from '../api';
import { formatNoteTime } from '../notes/format-note-time';
import { unsavedChangeOf } from '../notes/unsaved-note-drafts';
import { useOpenedNote } from '../notes/use-opened-note';
import type { NoteDraft } from '../notes/use-note-autosave';
import { useLanguage } from '../use-language';
import { NoteCard } from './NoteCard';
import { NoteEditor } from './NoteEditor';
import { NoteHistoryDialog } from './NoteHistoryDialog';
import { NoteBoundary } from './UnreadableNote';
import { RequestFailure } from './RequestFailure';
import { useStatusMessage, type StatusText } from '../use-status-message';
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

/** What a note's text, tags and pin are: what an edit changes and its undo puts back. */
type NoteContent = Pick<NoteView, 'body' | 'tags' | 'pinned'>;
const sameContent = (a: NoteContent, b: NoteContent) => JSON.stringify([a.body, a.tags, a.pinned]) === JSON.stringify([b.body, b.tags, b.pinned]);

/** Where the status line stands: beside the note it is about, or where that note stood before it left the list. */
interface StatusPlace {
  id: string;
  index: number;
}

/**
 * Notes to read and work on: edit in place, pin, history, delete to the trash, each with Undo in a status line
 * beside the note (a deleted note's line stands where the note was).
 */
export function NoteList({ notes, label, showAttachment, onChanged, onRemoved }: NoteListProps) {
  const { t } = useTranslation('notes');
  const language = useLanguage();
  const [editingId, setEditingId] = useState<string>();
  /** The edit under way: the note before it, its last saved version, and what the editor held as it closed. */
  const editSession = useRef<{ before?: NoteView; saved?: NoteView; final?: NoteDraft }>({});
  const [focusEditOf, setFocusEditOf] = useState<string>();
  const [historyOf, setHistoryOf] = useState<NoteView>();
  const [failure, setFailure] = useState<unknown>();
  const { message, say, dismiss } = useStatusMessage(setFailure);
  const [place, setPlace] = useState<StatusPlace>();
  const openedId = useOpenedNote(notes);
  /** Where the line about `id` goes, taken when the action starts (before the note may leave the list). */
  const placeOf = (id: string): StatusPlace => ({ id, index: Math.max(0, notes.findIndex((note) => note.id === id)) });
  const sayAt = (at: StatusPlace, text: StatusText, undo?: () => Promise<void>) => {
    setPlace(at);
    say(text, undo);
  };

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

  const moveToTrash = (note: NoteView) => {
    const at = placeOf(note.id);
    run(async () => {
      await api.deleteNote({ id: note.id });
      onRemoved(note.id);
      sayAt(at, { key: 'status.deleted' }, async () => {
        onChanged(await api.restoreNote({ id: note.id }));
        sayAt(at, { key: 'status.restored' });
      });
    });
  };

  const saveContent = async (note: NoteView, { body, tags, pinned }: NoteContent) => {
    const { id, country, recordId } = note;
    onChanged(await api.saveNote({ id, country, ...(recordId ? { recordId } : {}), body, tags, pinned }));
  };
  const togglePin = (note: NoteView) => {
    const at = placeOf(note.id);
    run(async () => {
      await saveContent(note, { ...note, pinned: !note.pinned });
      sayAt(at, { key: note.pinned ? 'status.unpinned' : 'status.pinned' }, () => saveContent(note, note));
    });
  };

  /**
   * An edit that changed the note can be undone, back to the note as it was when Edit was pressed, once the
   * editor is closed and its last save is on disk (an Undo offered earlier could overtake that save).
   */
  const offerEditUndo = () => {
    const { before, saved, final } = editSession.current;
    if (!before || !saved || !final || !sameContent(saved, final)) return;
    editSession.current = {};
    if (sameContent(before, final)) return;
    const at = placeOf(before.id);
    sayAt(at, { key: 'status.edited' }, async () => {
      await saveContent(before, before);
      sayAt(at, { key: 'status.editUndone' });
    });
  };
  const startEditing = (note: NoteView) => {
    editSession.current = { before: note };
    setEditingId(note.id);
  };
  const savedInEditor = (note: NoteView) => {
    onChanged(note);
    if (editSession.current.before?.id !== note.id) return;
    editSession.current.saved = note;
    offerEditUndo();
  };
  const finishEditing = (final: NoteDraft) => {
    setEditingId(undefined);
    setRestoring(false);
    setFocusEditOf(final.id);
    editSession.current.final = final;
    offerEditUndo();
  };

  const rows: { id: string; note?: NoteView }[] = notes.map((note) => ({ id: note.id, note }));
  if (message && place && !notes.some((note) => note.id === place.id)) rows.splice(Math.min(place.index, rows.length), 0, { id: place.id });
  /** Every row keeps its (empty) live region, so a line said beside a note is announced. */
  const statusBeside = (id: string) => <UndoStatus message={place?.id === id ? message : undefined} onDismiss={dismiss} />;

  return (
    <div className="note-list">
      {failure !== undefined && <RequestFailure error={failure} />}
      {rows.length > 0 && (
        <ul aria-label={label}>
          {rows.map(({ id, note }) => (
            <li key={id}>
              {note === undefined ? null : openId === note.id ? (
                <NoteEditor
                  initial={{ id: note.id, country: note.country, recordId: note.recordId, body: note.body, tags: note.tags, pinned: note.pinned }}
                  exists
                  onSaved={savedInEditor}
                  onDone={finishEditing}
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
                    opened={openedId === note.id}
                    actions={
                      <>
                        <button type="button" autoFocus={focusEditOf === note.id} onClick={() => startEditing(note)}>
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
              {statusBeside(id)}
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
            sayAt(placeOf(restored.id), { key: 'status.versionRestored', params: { time: formatNoteTime(replaced, language) } }, async () => {
              onChanged(await api.restoreNoteRevision({ id: restored.id, savedAt: replaced }));
            });
          }}
        />
      )}
    </div>
  );
}
