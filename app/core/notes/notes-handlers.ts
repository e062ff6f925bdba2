import type { Handlers } from '../../contract';
import { AppError } from '../../shared/app-error';
import type { RecordsService } from '../records/records-service';
import type { SearchIndex } from '../search/search-index';
import type { NotesStore } from './notes-store';
import type { Note } from '../../shared/notes/note-schema';
import type { CountryCode } from '../../shared/records/record-schema';
import { collectTags, compareNotesForDisplay, isCountryLevelNote, sameTag, type NoteView } from '../../shared/notes/note-view';
import { toNoteView } from './to-note-view';
import { buildNotesExport, parseNotesExport, serializeNotesExport } from './notes-exchange';
import { importNotesExport } from './notes-import';
import { noteMatchesWords } from './notes-search';

type NotesRequestName =
  | 'listNotes'
  | 'saveNote'
  | 'deleteNote'
  | 'restoreNote'
  | 'listNoteRevisions'
  | 'restoreNoteRevision'
  | 'exportNotes'
  | 'importNotes';

const byDeletedAtNewestFirst = (a: NoteView, b: NoteView) => (b.deletedAt ?? '').localeCompare(a.deletedAt ?? '');

/** What the notes requests use: the notes, the records they are attached to, and the search over both. */
export interface NotesSources {
  readonly notes: NotesStore;
  readonly records: RecordsService;
  readonly search: SearchIndex;
}

/** The notes requests of the contract. */
export function createNotesHandlers(desk: NotesSources): Pick<Handlers, NotesRequestName> {
  const view = (note: Note) => toNoteView(note, desk.records);

  /** A new note must name a country of the dataset, and a record of that country. */
  async function checkAttachment(country: CountryCode, recordId: string | undefined): Promise<void> {
    if (!desk.records.findCountry(country)) throw new AppError('unknown-country', { code: country });
    if (recordId === undefined) return;
    const record = await desk.records.findRecord(recordId, country);
    if (!record || record.country !== country) throw new AppError('unknown-record', { id: recordId });
  }

  return {
    async listNotes(input) {
      const all = desk.notes.all();
      const inTrash = input.trash === true;
      // Narrowed on the stored notes first: a country page asks once per record.
      let notes = await Promise.all(
        all
        .filter(
          (note) =>
            (note.deletedAt !== undefined) === inTrash &&
            (input.country === undefined || note.country === input.country) &&
            (input.recordId === undefined || note.recordId === input.recordId),
        )
        .map(view),
      );
      if (input.countryLevel) notes = notes.filter(isCountryLevelNote);
      const { tag } = input;
      if (tag !== undefined && tag !== '') notes = notes.filter((note) => note.tags.some((t) => sameTag(t, tag)));
      const query = input.query?.trim() ?? '';
      if (query !== '' && inTrash) {
        notes = notes.filter((note) => noteMatchesWords(note, query)).sort(byDeletedAtNewestFirst);
      } else if (query !== '') {
        // The app's one search index (records and notes outside the trash), best match first.
        const hits = desk.search.search(query, { types: ['note'], country: input.country, limit: Math.max(all.length, 1) });
        const rank = new Map(hits.map((hit, index) => [hit.id, index]));
        notes = notes.filter((note) => rank.has(note.id)).sort((a, b) => (rank.get(a.id) ?? 0) - (rank.get(b.id) ?? 0));
      } else {
        notes.sort(inTrash ? byDeletedAtNewestFirst : compareNotesForDisplay);
      }
      // The filters' choices are for the notes screen, not for the panels of one record or country.
      if (input.recordId !== undefined || input.countryLevel) return { notes, tags: [], countries: [] };
      const active = all.filter((note) => note.deletedAt === undefined);
      const countries = [...new Set(active.map((note) => note.country))]
        .sort()
        .map((code) => {
          const name = desk.records.findCountry(code)?.name;
          return { code, ...(name ? { name } : {}) };
        });
      return { notes, tags: collectTags(active), countries };
    },

    async saveNote(input) {
      if (!desk.notes.get(input.id)) await checkAttachment(input.country, input.recordId);
      return view(await desk.notes.save(input));
    },

    async deleteNote({ id }) {
      return view(await desk.notes.moveToTrash(id));
    },

    async restoreNote({ id }) {
      return view(await desk.notes.restoreFromTrash(id));
    },

    async listNoteRevisions({ id }) {
      return [...(await desk.notes.revisions(id))].reverse();
    },

    async restoreNoteRevision({ id, savedAt }) {
      return view(await desk.notes.restoreRevision(id, savedAt));
    },

    async exportNotes() {
      const now = new Date();
      const text = serializeNotesExport(await buildNotesExport(desk.notes, now));
      return { fileName: `country-desk-notes-${now.toISOString().slice(0, 10)}.json`, text };
    },

    async importNotes({ text, fileName, dryRun }) {
      const source = fileName ?? 'notes.json';
      return importNotesExport(desk.notes, desk.records, parseNotesExport(text, source), source, { dryRun });
    },
  };
}
