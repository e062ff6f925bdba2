import { NOTE_SCHEMA_VERSION, normalizeTags, sameContent, type Note, type NoteRevision } from '../../shared/notes/note-schema';
import { normalizeTextDeep } from '../store/normalize-text';
import { capRevisions, revisionOf } from './revision-policy';

/** What importing one note does to the store. */
export type ImportOutcome = 'added' | 'updated' | 'unchanged';

export interface ImportedNote {
  note: Note;
  revisions: readonly NoteRevision[];
}

export interface ImportMerge {
  outcome: ImportOutcome;
  /** The note and its revisions to commit (none when unchanged). */
  change?: { note: Note; revisions?: NoteRevision[] };
}

/**
 * Merges one note of an export with the note of the same id (if any), deduplicating by id: a new note is
 * added; a note the export has in a newer version (later `updatedAt`) is replaced, its current text and
 * every earlier version kept as revisions; anything else is left as it is, so importing the same file twice
 * changes nothing the second time. An import never deletes or shortens a note already here: a deletion in
 * the export moves the note to the trash now, for the trash's full 30 days, like any other deletion.
 */
export function mergeImportedNote(existing: { note: Note; revisions: readonly NoteRevision[] } | undefined, incoming: ImportedNote, now: Date): ImportMerge {
  const imported: Note = normalizeTextDeep({ ...incoming.note, schemaVersion: NOTE_SCHEMA_VERSION, tags: normalizeTags(incoming.note.tags) });
  if (existing && Date.parse(imported.updatedAt) <= Date.parse(existing.note.updatedAt)) return { outcome: 'unchanged' };
  const note: Note = { ...imported };
  const current = existing?.note;
  if (current && note.deletedAt !== undefined) note.deletedAt = current.deletedAt ?? now.toISOString();
  const history = [...(existing?.revisions ?? []), ...(current && !sameContent(current, note) ? [revisionOf(current)] : []), ...incoming.revisions];
  const keptHere = history.slice(0, history.length - incoming.revisions.length);
  const revisions = capRevisions(
    history.filter((revision) => revision.savedAt !== note.updatedAt || !sameContent(revision, note)),
    (revision) => keptHere.some((here) => here.savedAt === revision.savedAt && sameContent(here, revision)),
  );
  return { outcome: current ? 'updated' : 'added', change: { note, ...(revisions.length > 0 ? { revisions } : {}) } };
}
