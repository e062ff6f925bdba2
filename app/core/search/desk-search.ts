import type { Note } from '../notes/note-schema';
import type { NotesStore } from '../notes/notes-store';
import type { RelationsRecord } from '../records/record-schema';
import { createSearchIndex, type SearchableNote, type SearchIndex } from './search-index';

function searchableNote(note: Note): SearchableNote {
  return { id: note.id, country: note.country, recordId: note.recordId, body: note.body, tags: note.tags };
}

/**
 * The one search over a data folder: the reference records and the personal notes outside the trash.
 * Kept current as notes are saved, moved to the trash, restored or purged.
 */
export function createDeskSearch(records: readonly RelationsRecord[], notes: NotesStore): SearchIndex {
  const index = createSearchIndex({
    records,
    notes: notes.all().filter((note) => note.deletedAt === undefined).map(searchableNote),
  });
  notes.subscribe((change) => {
    if (change.type === 'remove') index.removeNote(change.id);
    else if (change.note.deletedAt !== undefined) index.removeNote(change.note.id);
    else index.upsertNote(searchableNote(change.note));
  });
  return index;
}
