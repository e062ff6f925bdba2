import type { BilingualText } from '../records/bilingual-text';
import type { Note } from './note-schema';

/** A note as the screens and the CLI show it: with what it is attached to, computed from the current records. */
export interface NoteView extends Omit<Note, 'schemaVersion'> {
  /** The country's name, when the dataset still has the country. */
  countryName?: BilingualText;
  /** The record's title, when the note is on a record the dataset still has. */
  recordTitle?: BilingualText;
  /** The note is on a record that a dataset update removed: it stays, shown with its country. */
  recordRemoved: boolean;
}

/** True when a note belongs on the country's own notes: not on a record, or on a record that is gone. */
export function isCountryLevelNote(note: Pick<NoteView, 'recordId' | 'recordRemoved'>): boolean {
  return note.recordId === undefined || note.recordRemoved;
}

/** Pinned first, then the most recently updated. */
export function compareNotesForDisplay(a: Pick<Note, 'pinned' | 'updatedAt'>, b: Pick<Note, 'pinned' | 'updatedAt'>): number {
  if (a.pinned !== b.pinned) return a.pinned ? -1 : 1;
  return a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : 0;
}

/** Every tag in use, each once (ignoring case), sorted for the language. */
export function collectTags(notes: readonly Pick<Note, 'tags'>[]): string[] {
  const byKey = new Map<string, string>();
  for (const note of notes) for (const tag of note.tags) if (!byKey.has(tag.toLocaleLowerCase('vi'))) byKey.set(tag.toLocaleLowerCase('vi'), tag);
  return [...byKey.values()].sort(new Intl.Collator('vi').compare);
}

export function sameTag(a: string, b: string): boolean {
  return a.normalize('NFC').toLocaleLowerCase('vi') === b.normalize('NFC').toLocaleLowerCase('vi');
}
