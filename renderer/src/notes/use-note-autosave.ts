import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { SaveNoteInput } from '../../../app/shared/notes/note-requests';
import type { NoteView } from '../../../app/shared/notes/note-view';
import { api, RequestError } from '../api';
import { newNoteId } from './new-note-id';
import { forgetUnsavedDraft, holdDraft, keepUnsavedDraft, unsavedDraft } from './unsaved-note-drafts';

/** What the editor holds of a note: enough to create it or save it again. */
export type NoteDraft = Omit<SaveNoteInput, 'session' | 'sequence'>;

export type AutosaveStatus = 'saved' | 'pending' | 'saving' | 'failed';

/** How long typing may pause before the note is saved. */
export const AUTOSAVE_DELAY_MS = 700;
const RETRY_DELAY_MS = 4000;
const RETRIED_ERRORS: ReadonlySet<string> = new Set(['write-failed', 'disk-full', 'search-index-stale', 'internal', 'data-folder-unreadable']);

const contentKey = (draft: NoteDraft) => JSON.stringify([draft.body, draft.tags, draft.pinned]);

export interface NoteAutosave {
  draft: NoteDraft;
  status: AutosaveStatus;
  /** The last save's error, while `status` is `failed`. */
  error: unknown;
  change(patch: Partial<Pick<NoteDraft, 'body' | 'tags' | 'pinned'>>): void;
  /** Saves now what is not saved yet (on blur, on Done). */
  flush(): void;
}

/**
 * Saves a note as it is typed, so nothing typed is ever lost: after a pause in typing, on `flush` (blur,
 * Done), when the editor goes away, and when the window is closed or reloaded (pagehide, beforeunload,
 * hidden). One save is in flight at a time; each save carries the editor's session and a running count so
 * that a late reply never undoes a newer save. A new note that is still empty is not created.
 */
export function useNoteAutosave(initial: NoteDraft, options: { exists: boolean; onSaved: (note: NoteView) => void }): NoteAutosave {
  /** Text typed here before and never saved (a reload, a crash, a stopped host) comes back. */
  const [restored] = useState(() => unsavedDraft(initial.id)?.draft);
  const [draft, setDraft] = useState(restored ?? initial);
  const [status, setStatus] = useState<AutosaveStatus>(restored ? 'pending' : 'saved');
  const [error, setError] = useState<unknown>();
  const latest = useRef(restored ?? initial);
  /** The content the app has on disk (undefined: the note does not exist yet). */
  const savedKey = useRef<string | undefined>(options.exists ? contentKey(initial) : undefined);
  const inFlightKey = useRef<string | undefined>(undefined);
  const sendAgain = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const session = useRef(newNoteId());
  const sequence = useRef(0);
  const onSaved = useRef(options.onSaved);
  useEffect(() => {
    onSaved.current = options.onSaved;
  });

  const send = useMemo(() => {
    function sendDraft(urgent: boolean): void {
      clearTimeout(timer.current);
      timer.current = undefined;
      const snapshot = latest.current;
      const key = contentKey(snapshot);
      if (key === savedKey.current || key === inFlightKey.current) return;
      if (savedKey.current === undefined && snapshot.body.trim() === '' && snapshot.tags.length === 0) return;
      if (inFlightKey.current !== undefined && !urgent) {
        sendAgain.current = true;
        return;
      }
      inFlightKey.current = key;
      sequence.current += 1;
      setStatus('saving');
      const release = holdDraft(snapshot.id);
      api
        .saveNote({ ...snapshot, session: session.current, sequence: sequence.current })
        .then(
          (note) => {
            savedKey.current = key;
            if (contentKey(latest.current) === key) forgetUnsavedDraft(snapshot.id);
            setError(undefined);
            onSaved.current(note);
          },
          (failure: unknown) => {
            setError(failure);
            setStatus('failed');
            // A disk or connection failure may pass; a refused note (too long, read-only) will not.
            if (!(failure instanceof RequestError) || RETRIED_ERRORS.has(failure.code)) {
              timer.current = setTimeout(() => sendDraft(false), RETRY_DELAY_MS);
            }
          },
        )
        .finally(() => {
          release();
          if (inFlightKey.current === key) inFlightKey.current = undefined;
          if (sendAgain.current) {
            sendAgain.current = false;
            sendDraft(false);
          } else if (contentKey(latest.current) === savedKey.current) {
            setStatus('saved');
          }
        });
    }
    return sendDraft;
  }, []);

  const change = useCallback(
    (patch: Partial<Pick<NoteDraft, 'body' | 'tags' | 'pinned'>>) => {
      const next = { ...latest.current, ...patch };
      latest.current = next;
      if (savedKey.current === undefined && next.body.trim() === '' && next.tags.length === 0) forgetUnsavedDraft(next.id);
      else keepUnsavedDraft({ draft: next });
      setDraft(next);
      setStatus('pending');
      clearTimeout(timer.current);
      timer.current = setTimeout(() => send(false), AUTOSAVE_DELAY_MS);
    },
    [send],
  );

  const flush = useCallback(() => send(false), [send]);

  useEffect(() => {
    if (restored) timer.current = setTimeout(() => send(false), AUTOSAVE_DELAY_MS);
  }, [restored, send]);

  // While the editor is open, its text is its own: no list restores it elsewhere.
  useEffect(() => holdDraft(initial.id), [initial.id]);

  useEffect(() => {
    const urgent = () => send(true);
    const onHidden = () => {
      if (document.visibilityState === 'hidden') send(true);
    };
    window.addEventListener('pagehide', urgent);
    window.addEventListener('beforeunload', urgent);
    document.addEventListener('visibilitychange', onHidden);
    return () => {
      window.removeEventListener('pagehide', urgent);
      window.removeEventListener('beforeunload', urgent);
      document.removeEventListener('visibilitychange', onHidden);
      // The editor is going away (Done, another screen): what was typed is saved all the same.
      send(false);
    };
  }, [send]);

  return { draft, status, error, change, flush };
}
