import { useEffect, useRef } from 'react';
import { useLocation, useSearchParams } from 'react-router';
import type { NoteView } from '../../../app/shared/notes/note-view';
import { noteCardId } from '../components/NoteCard';

/**
 * The note named by `?note=ID` (where a search result or a recent note leads), when `notes` holds it: once the
 * list shows it, it is scrolled into view and focused, once per navigation (a later change of the list leaves
 * the focus where the officer put it).
 */
export function useOpenedNote(notes: readonly NoteView[]): string | undefined {
  const [params] = useSearchParams();
  const { key } = useLocation();
  const id = params.get('note') ?? undefined;
  const shown = id !== undefined && notes.some((note) => note.id === id);
  const focusedOn = useRef<string | undefined>(undefined);

  useEffect(() => {
    if (!shown || focusedOn.current === key) return;
    focusedOn.current = key;
    const card = document.getElementById(noteCardId(id));
    card?.scrollIntoView({ block: 'center' });
    card?.focus({ preventScroll: true });
  }, [shown, id, key]);

  return shown ? id : undefined;
}
