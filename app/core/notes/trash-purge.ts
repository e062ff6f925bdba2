import { TRASH_RETENTION_DAYS, type Note } from '../../shared/notes/note-schema';
import { removeNoteStoreFiles } from './note-files';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Removes for good the notes deleted more than 30 days before `now` (files, revisions, previous copies),
 * except those written by a newer app; returns the ids purged.
 */
export async function purgeOldTrash(dataDir: string, notes: Iterable<Note>, now: Date, isNewer: (id: string) => boolean): Promise<string[]> {
  const cutoff = now.getTime() - TRASH_RETENTION_DAYS * DAY_MS;
  const purged: string[] = [];
  for (const note of notes) {
    if (note.deletedAt === undefined || Date.parse(note.deletedAt) > cutoff || isNewer(note.id)) continue;
    await removeNoteStoreFiles(dataDir, note.id);
    purged.push(note.id);
  }
  return purged;
}
