import type { SaveNoteInput } from '../../shared/notes/note-requests';
import { openNotesStore } from '../../core/notes/notes-store';

/** Saves at once this many notes (each its own file), so that generating 50,000 takes seconds, not minutes. */
const CONCURRENT_SAVES = 16;
const FIRST_NOTE_AT = Date.parse('2023-07-01T08:00:00Z');
const LAST_NOTE_AT = Date.parse('2025-06-30T17:00:00Z');

/**
 * Writes `notes` into the data folder with the notes service itself, as the officer's saves would.
 * Their times are spread evenly over two years (the service reads the clock once per save, in order).
 */
export async function writeNotes(dataDir: string, notes: readonly SaveNoteInput[]): Promise<void> {
  const step = (LAST_NOTE_AT - FIRST_NOTE_AT) / Math.max(notes.length, 1);
  let tick = 0;
  const store = await openNotesStore({ dataDir, readOnly: false, now: () => new Date(FIRST_NOTE_AT + step * tick++) });
  let next = 0;
  const saveInTurn = async () => {
    while (next < notes.length) await store.save(notes[next++] as SaveNoteInput);
  };
  await Promise.all(Array.from({ length: CONCURRENT_SAVES }, saveInTurn));
  await store.flush();
}
