import type { Note } from '../../shared/notes/note-schema';
import type { NotesStore } from '../notes/notes-store';
import type { Dataset } from '../../shared/records/record-schema';
import { openSearchIndexFile } from './search-index-file';
import { createSearchIndex, type SearchableNote, type SearchIndex } from './search-index';

function searchableNote(note: Note): SearchableNote {
  return { id: note.id, country: note.country, recordId: note.recordId, body: note.body, tags: note.tags };
}

/**
 * The one search over a data folder: the reference records and the personal notes outside the trash,
 * on the folder's search index file (see `openSearchIndexFile`). Kept current as notes are saved,
 * moved to the trash, restored or purged.
 */
export function createDeskSearch(
  folder: { dataDir: string; access: 'read' | 'write' },
  dataset: Pick<Dataset, 'datasetVersion' | 'records'>,
  notes: NotesStore,
): SearchIndex {
  const index = createSearchIndex({
    records: dataset.records,
    notes: notes.all().filter((note) => note.deletedAt === undefined).map(searchableNote),
    database: openSearchIndexFile(folder.dataDir, dataset, folder.access),
  });
  notes.subscribe((change) => {
    if (change.type === 'remove') index.removeNote(change.id);
    else if (change.note.deletedAt !== undefined) index.removeNote(change.note.id);
    else index.upsertNote(searchableNote(change.note));
  });
  return index;
}
