import type { BriefNotesSource } from '../../shared/briefs/brief-notes';
import type { NotesStore } from './notes-store';

/** The officer's notes as a brief reads them: a country's notes (on the country and its records), not those in the trash. */
export function createBriefNotesSource(store: NotesStore): BriefNotesSource {
  return {
    async listCountryNotes(code) {
      return store.all().filter((note) => note.country === code && note.deletedAt === undefined);
    },
  };
}
