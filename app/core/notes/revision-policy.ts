import { MAX_NOTE_REVISIONS, REVISION_INTERVAL_MS, type Note, type NoteRevision } from '../../shared/notes/note-schema';

/**
 * A pause after which the first change of a note keeps its original text. Autosaves while the note is
 * first typed come about a second apart and make no revision; an edit after a pause does.
 */
export const FIRST_EDIT_PAUSE_MS = 10_000;

const revisionKey = (revision: NoteRevision) => `${revision.savedAt}\u0000${revision.body}\u0000${revision.tags.join('\u0000')}`;

/**
 * Keeps the newest `MAX_NOTE_REVISIONS`, each once, oldest first. Revisions `kept` says are never dropped
 * (an import adds to a note's history, it never shortens it), even past the limit.
 */
export function capRevisions(revisions: readonly NoteRevision[], kept: (revision: NoteRevision) => boolean = () => false): NoteRevision[] {
  const byKey = new Map<string, NoteRevision>();
  for (const revision of revisions) byKey.set(revisionKey(revision), revision);
  const sorted = [...byKey.values()].sort((a, b) => a.savedAt.localeCompare(b.savedAt));
  let excess = sorted.length - MAX_NOTE_REVISIONS;
  return sorted.filter((revision) => {
    if (excess <= 0 || kept(revision)) return true;
    excess -= 1;
    return false;
  });
}

/** The revision that keeps a note's current content. */
export const revisionOf = (note: Note): NoteRevision => ({ body: note.body, tags: note.tags, savedAt: note.updatedAt });

/**
 * Whether the current content must be kept as a revision before it changes at `at`: the first change
 * after a pause (so a note's original text is never lost), then at most once per interval of editing or
 * after a pause of that length; `always` for a change the officer asked for (restoring a version).
 */
export function keepsRevision(current: Note, newestRevisionAt: string | null, at: Date, always: boolean): boolean {
  if (current.body === '' && current.tags.length === 0) return false;
  if (newestRevisionAt === current.updatedAt) return false;
  if (always) return true;
  const sinceSaved = at.getTime() - Date.parse(current.updatedAt);
  if (newestRevisionAt === null && sinceSaved >= FIRST_EDIT_PAUSE_MS) return true;
  const sinceRevision = at.getTime() - Date.parse(newestRevisionAt ?? current.createdAt);
  return sinceSaved >= REVISION_INTERVAL_MS || sinceRevision >= REVISION_INTERVAL_MS;
}
