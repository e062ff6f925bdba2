import { AppError } from '../../shared/app-error';
import type { Note } from '../../shared/notes/note-schema';
import type { SearchIndexState } from '../../shared/search/search-index-state';
import type { NotesStore } from '../notes/notes-store';
import type { RecordsService } from '../records/records-service';
import { buildSearchIndex } from './build-search-index';
import { createCountrySearch } from './country-search';
import { bundledPlaceNames, type PlaceNames } from './place-names';
import { buildSearchDatabase, openCurrentSearchIndexFile } from './search-index-file';
import { createSearchIndex, type SearchableNote, type SearchIndex } from './search-index';

const DEFAULT_LIMIT = 20;

function searchableNote(note: Note): SearchableNote {
  return { id: note.id, country: note.country, recordId: note.recordId, body: note.body, tags: note.tags };
}

/** The desk's search, and where its index is. */
export interface DeskSearch extends SearchIndex {
  readonly state: SearchIndexState;
  /** Resolves once every record is searchable (at once when the index file was current); rejects if the build failed. */
  readonly ready: Promise<void>;
  /** Resolves once no background build holds a file any more (done, stopped by `close`, or failed: see `state`). */
  readonly settled: Promise<void>;
}

/**
 * The one search over a data folder: the countries (by name, capital and `placeNames`) first, then the
 * reference records and the personal notes outside the trash, on the folder's search index file. A file
 * that is current is used at once; otherwise it is built in the background (see `buildSearchIndex`)
 * while the desk is in use, its progress in `state`: meanwhile searches find the countries and the notes.
 * Kept current as notes are saved, moved to the trash or restored (purged notes leave the index at the
 * next open). A search limited to some `types` (records, notes) finds no countries.
 */
export function createDeskSearch(
  folder: { dataDir: string; access: 'read' | 'write' },
  records: RecordsService,
  notes: NotesStore,
  placeNames: PlaceNames = bundledPlaceNames(),
): DeskSearch {
  const countrySummaries = records.listCountries();
  const indexed = { datasetVersion: records.datasetInfo().datasetVersion, recordCount: countrySummaries.reduce((sum, c) => sum + c.recordCount, 0) };
  const activeNotes = () => notes.all().filter((note) => note.deletedAt === undefined).map(searchableNote);
  const current = openCurrentSearchIndexFile(folder.dataDir, indexed, folder.access);
  let state: SearchIndexState = current ? { state: 'ready' } : { state: 'building', done: 0, total: indexed.recordCount };
  let index = createSearchIndex({ notes: activeNotes(), database: current ?? buildSearchDatabase({ datasetVersion: '', records: [] }) });
  let closed = false;

  const build = async () => {
    const built = await buildSearchIndex(folder.dataDir, folder.access, {
      records: records.listAllRecords(),
      indexed,
      onProgress: (done, total) => (state = { state: 'building', done, total }),
      stopped: () => closed,
    });
    if (built === undefined) return;
    if (closed) {
      built.close();
      return;
    }
    const interim = index;
    index = createSearchIndex({ notes: activeNotes(), database: built });
    interim.close();
    state = { state: 'ready' };
  };
  const ready = current ? Promise.resolve() : build();
  // The failure is the state the app shows; a caller that needs every record awaits `ready` and hears it.
  const settled = ready.catch((error: unknown) => {
    state = { state: 'failed', code: error instanceof AppError ? error.code : 'internal' };
  });

  const countries = createCountrySearch(
    countrySummaries.map((summary) => summary.country),
    placeNames,
  );
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
    upsertRecord: (record) => index.upsertRecord(record),
    removeRecord: (id) => index.removeRecord(id),
    replaceRecords: (replacement) => index.replaceRecords(replacement),
    get size() {
      return index.size;
    },
    get warm() {
      return index.warm;
    },
    get state() {
      return state;
    },
    ready,
    settled,
    close: () => {
      closed = true;
      unsubscribe();
      index.close();
    },
  };
}
