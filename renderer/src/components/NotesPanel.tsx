import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { compareNotesForDisplay, type NoteView } from '../../../app/shared/notes/note-view';
import { api } from '../api';
import { newNoteId } from '../notes/new-note-id';
import { unsavedDrafts } from '../notes/unsaved-note-drafts';
import type { NoteDraft } from '../notes/use-note-autosave';
import { useRequest } from '../use-request';
import { NoteEditor } from './NoteEditor';
import { NoteList } from './NoteList';
import { RequestFailure } from './RequestFailure';
import './NotesPanel.css';

interface NotesPanelProps {
  country: string;
  /** The record the notes are on; without it, the country's own notes (and those on removed records). */
  recordId?: string;
  /** The record's title in the current language, to tell its "Add note" button from the others. */
  recordTitle?: string;
}

/** The officer's notes on a country or on one record, loaded by the panel itself, with a way to add one. */
export function NotesPanel({ country, recordId, recordTitle }: NotesPanelProps) {
  const { t } = useTranslation('notes');
  const [listing] = useRequest(
    () => api.listNotes(recordId === undefined ? { country, countryLevel: true } : { country, recordId }),
    [country, recordId],
  );
  /** What changed here since the notes were loaded: newer versions, and notes moved to the trash. */
  const [changed, setChanged] = useState<ReadonlyMap<string, NoteView | undefined>>(new Map());
  const newDraft = (): NoteDraft => ({ id: newNoteId(), country, ...(recordId ? { recordId } : {}), body: '', tags: [], pinned: false });
  // `?new-note` (the palette's "New note on …") opens the country's panel with a new note to type.
  const [params] = useSearchParams();
  const [draft, setDraft] = useState<NoteDraft | undefined>(() => (recordId === undefined && params.has('new-note') ? newDraft() : undefined));
  const focusAddButton = useRef(false);

  const loaded = listing.status === 'done' ? listing.value.notes : [];
  // A new note started here and never saved (a reload, a stopped host) is open again, with its text.
  const [restoring, setRestoring] = useState(true);
  if (restoring && listing.status === 'done') {
    setRestoring(false);
    const unsaved = unsavedDrafts().find(({ draft: kept }) => kept.country === country && kept.recordId === recordId && !loaded.some((note) => note.id === kept.id));
    if (unsaved && draft === undefined) setDraft(unsaved.draft);
  }
  const notes = [...new Map([...loaded.map((note) => [note.id, note] as const), ...changed]).values()]
    .filter((note): note is NoteView => note !== undefined)
    .sort(compareNotesForDisplay);
  const upsert = (note: NoteView) => setChanged((current) => new Map(current).set(note.id, note));
  const remove = (id: string) => setChanged((current) => new Map(current).set(id, undefined));

  const label = recordId === undefined ? t('panel.countryLabel') : t('panel.recordLabel');
  // The country's notes are a landmark of its page; each record's notes are a group within the record
  // (landmarks must be told apart by name, and a record's panel is named by the record around it).
  const Panel = recordId === undefined ? 'section' : 'div';
  return (
    <Panel className="notes-panel" aria-label={label} role={recordId === undefined ? undefined : 'group'}>
      {listing.status === 'failed' && <RequestFailure error={listing.error} />}
      <NoteList
        notes={notes.filter((note) => note.id !== draft?.id)}
        label={label}
        onChanged={upsert}
        onRemoved={remove}
      />
      {draft ? (
        <NoteEditor
          key={draft.id}
          initial={draft}
          exists={false}
          onSaved={upsert}
          onDone={() => {
            focusAddButton.current = true;
            setDraft(undefined);
          }}
        />
      ) : (
        <button
          ref={(button) => {
            if (button && focusAddButton.current) {
              focusAddButton.current = false;
              button.focus();
            }
          }}
          type="button"
          className="notes-panel__add"
          aria-label={recordTitle === undefined ? undefined : t('panel.addToRecordNamed', { title: recordTitle })}
          onClick={() => setDraft(newDraft())}
        >
          {recordId === undefined ? t('panel.addToCountry') : t('panel.addToRecord')}
        </button>
      )}
    </Panel>
  );
}
