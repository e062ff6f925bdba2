import type { Note } from '../../shared/notes/note-schema';
import type { NotesStore } from '../notes/notes-store';
import type { Dataset } from '../../shared/records/record-schema';
import { createCountrySearch } from './country-search';
import { bundledPlaceNames, type PlaceNames } from './place-names';
import { openSearchIndexFile } from './search-index-file';
import { createSearchIndex, type SearchableNote, type SearchIndex } from './search-index';

const DEFAULT_LIMIT = 20;

function searchableNote(note: Note): SearchableNote {
  return { id: note.id, country: note.country, recordId: note.recordId, body: note.body, tags: note.tags };
}

/**
 * The one search over a data folder: the countries (by name, capital and `placeNames`) first, then the
 * reference records and the personal notes outside the trash, on the folder's search index file (see
 * `openSearchIndexFile`). Kept current as notes are saved, moved to the trash or restored (purged notes
 * leave the index at the next open). A search limited to some `types` (records, notes) finds no countries.
 */
export function createDeskSearch(
  folder: { dataDir: string; access: 'read' | 'write' },
  dataset: Pick<Dataset, 'datasetVersion' | 'records' | 'countries'>,
  notes: NotesStore,
  placeNames: PlaceNames = bundledPlaceNames(),
): SearchIndex {
  const index = createSearchIndex({
    records: dataset.records,
    notes: notes.all().filter((note) => note.deletedAt === undefined).map(searchableNote),
    database: openSearchIndexFile(folder.dataDir, dataset, folder.access),
  });
  const countries = createCountrySearch(dataset.countries, placeNames);
  const unsubscribe = notes.subscribe(({ note }) => {
    if (note.deletedAt !== undefined) index.removeNote(note.id);
    else index.upsertNote(searchableNote(note));
  });
  return {
    search(query, options = {}) {
      const limit = options.limit ?? DEFAULT_LIMIT;
      const countryHits = options.types === undefined ? countries.search(query, options.country).slice(0, limit) : [];
      if (countryHits.length === limit) return countryHits;
      return [...countryHits, ...index.search(query, { ...options, limit: limit - countryHits.length })];
    },
    upsertNote: (note) => index.upsertNote(note),
    removeNote: (id) => index.removeNote(id),
    replaceRecords: (records) => index.replaceRecords(records),
    get size() {
      return index.size;
    },
    warm: index.warm,
    close: () => {
      unsubscribe();
      index.close();
    },
  };
}
