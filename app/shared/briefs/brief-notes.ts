import type { Note } from '../notes/note-schema';
import type { CountryCode } from '../records/record-schema';
import type { BriefSpec } from './brief-spec';

/** What a brief prints of a note. */
export type BriefNote = Pick<Note, 'id' | 'country' | 'recordId' | 'body' | 'tags' | 'pinned' | 'updatedAt'>;

/** Where a brief reads the officer's notes from (the notes service); briefs work without one. */
export interface BriefNotesSource {
  /** A country's notes, not those in the trash. */
  listCountryNotes(code: CountryCode): Promise<readonly BriefNote[]>;
}

const tagKey = (tag: string) => tag.normalize('NFC').trim().toLocaleLowerCase('vi');

/** The tags that make a note a suggested talking point of the brief (either language). */
export const TALKING_POINT_TAGS = ['gợi ý trao đổi', 'talking points'] as const;

/** The notes tagged as talking points, newest first. */
export function selectTalkingPoints(notes: readonly BriefNote[]): BriefNote[] {
  return selectBriefNotes(notes, { notes: 'tagged', noteTags: [...TALKING_POINT_TAGS] });
}

/** The notes a brief carries, as the spec chooses them: none, pinned, tagged (any of the tags) or all; newest first. */
export function selectBriefNotes(notes: readonly BriefNote[], spec: Pick<BriefSpec, 'notes' | 'noteTags'>): BriefNote[] {
  const wanted = new Set((spec.noteTags ?? []).map(tagKey));
  const chosen = notes.filter((note) => {
    switch (spec.notes) {
      case 'none':
        return false;
      case 'pinned':
        return note.pinned;
      case 'tagged':
        return note.tags.some((tag) => wanted.has(tagKey(tag)));
      case 'all':
        return true;
    }
  });
  return chosen.sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : 0));
}
