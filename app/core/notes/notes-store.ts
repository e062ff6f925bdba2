import { AppError } from '../../shared/app-error';
import type { SaveNoteInput } from '../../shared/notes/note-requests';
import { NOTE_SCHEMA_VERSION, normalizeTags, sameContent, type Note, type NoteRevision } from '../../shared/notes/note-schema';
import type { StoreNotice } from '../../shared/store/store-notice';
import { normalizeTextDeep } from '../store/normalize-text';
import { createNoteCommit, type NoteChange, type NoteCommitChange } from './note-commit';
import { noteFiles } from './note-files';
import { createNoteOperationQueue } from './note-operation-queue';
import { openNoteRevisionsFiles } from './note-revisions-file';
import { mergeImportedNote, type ImportedNote, type ImportOutcome } from './notes-import-merge';
import { readNoteFolder, removeLeftoverTempFiles } from './read-note-folder';
import { recoverNoteFile } from './recover-note-file';
import { keepsRevision, revisionOf } from './revision-policy';
import { purgeOldTrash } from './trash-purge';

export interface NotesStoreOptions {
  dataDir: string;
  /** A reading command: nothing is written, moved or purged. */
  readOnly: boolean;
  /** The clock (tests move it). */
  now?: () => Date;
}

export interface NotesStore {
  readonly readOnly: boolean;
  /** Damaged, recovered, migrated or newer note files found so far. */
  readonly notices: readonly StoreNotice[];
  /** Every note, in the trash or not. */
  all(): Note[];
  get(id: string): Note | undefined;
  /** Creates the note, or updates its content and pin; resolves when it is on disk. */
  save(input: SaveNoteInput): Promise<Note>;
  moveToTrash(id: string): Promise<Note>;
  restoreFromTrash(id: string): Promise<Note>;
  /** The note's earlier versions, oldest first. */
  revisions(id: string): Promise<NoteRevision[]>;
  /** Makes an earlier version current again; the current one becomes a revision (so this can be undone). */
  restoreRevision(id: string, savedAt: string): Promise<Note>;
  /** What importing `notes` would do to each, changing nothing. */
  planImport(notes: readonly ImportedNote[]): Promise<ImportOutcome[]>;
  /** Merges the notes of an export (see `mergeImportedNote`), all or nothing. */
  importNotes(notes: readonly ImportedNote[], onProgress?: (done: number, total: number) => void): Promise<ImportOutcome[]>;
  /** Tells `listener` about every change once it is on disk (for the search index); returns the unsubscribe function. */
  subscribe(listener: (change: NoteChange) => void): () => void;
  /** Resolves when every operation under way is done. */
  flush(): Promise<void>;
}

/**
 * Opens the personal notes of a data folder: `notes/<id>.json`, one small file per note, so saving one note
 * costs the same with 10 notes or 10,000, and never touches the reference records. A composition of
 * named parts: the folder's files (`read-note-folder`, `recover-note-file`, `note-revisions-file`), the one
 * commit path (`note-commit`), the revision policy, the import merge and the trash purge.
 */
export async function openNotesStore(options: NotesStoreOptions): Promise<NotesStore> {
  const { dataDir, readOnly } = options;
  const now = options.now ?? (() => new Date());
  const notices: StoreNotice[] = [];
  const addNotice = (notice: StoreNotice) => {
    if (!notices.some((n) => n.code === notice.code && n.file === notice.file)) notices.push(notice);
  };
  const notes = new Map<string, Note>();
  /** Notes written by a newer app: shown, never rewritten. */
  const newerIds = new Set<string>();
  /** The last save applied per note, by editor session. */
  const lastSequence = new Map<string, { session: string; sequence: number }>();

  const folder = readNoteFolder(dataDir);
  for (const note of folder.good) notes.set(note.id, note);
  for (const id of folder.suspect) {
    const recovered = await recoverNoteFile(dataDir, id, readOnly);
    recovered.notices.forEach(addNotice);
    if (recovered.note) notes.set(id, recovered.note);
    if (recovered.newer) newerIds.add(id);
  }
  if (!readOnly) {
    await removeLeftoverTempFiles(dataDir, folder.leftovers);
    for (const id of await purgeOldTrash(dataDir, notes.values(), now(), (id) => newerIds.has(id))) notes.delete(id);
  }

  const revisionsFiles = openNoteRevisionsFiles(dataDir, readOnly, addNotice);
  const { commit, subscribe } = createNoteCommit(dataDir, notes, revisionsFiles);
  const queue = createNoteOperationQueue();

  function assertWritable(id: string): void {
    if (readOnly || newerIds.has(id)) throw new AppError('file-newer-than-app', { file: noteFiles.note(id) });
  }

  function requireNote(id: string): Note {
    const note = notes.get(id);
    if (!note) throw new AppError('note-not-found', { id });
    return note;
  }

  /** The change that gives `current` new content at `at`, with its current content kept when the revision policy says so. */
  async function contentChange(current: Note, next: Note, at: Date, always: boolean): Promise<NoteCommitChange> {
    if (!keepsRevision(current, await revisionsFiles.newestSavedAt(current.id), at, always)) return { note: next };
    return { note: next, revisions: [...(await revisionsFiles.read(current.id)), revisionOf(current)] };
  }

  async function commitOne(change: NoteCommitChange): Promise<Note> {
    await commit([change]);
    return change.note;
  }

  function newNote(input: SaveNoteInput, at: Date): Note {
    const stamp = at.toISOString();
    const { id, country, recordId, pinned } = input;
    const content = normalizeTextDeep({ body: input.body, tags: normalizeTags(input.tags) });
    return { schemaVersion: NOTE_SCHEMA_VERSION, id, country, ...(recordId !== undefined ? { recordId } : {}), ...content, pinned, createdAt: stamp, updatedAt: stamp };
  }

  /** A save of a note that exists: its content and pin (a note never moves); unchanged when they are. */
  async function updateNote(existing: Note, input: SaveNoteInput, at: Date): Promise<Note> {
    const content = normalizeTextDeep({ body: input.body, tags: normalizeTags(input.tags) });
    const next: Note = { ...existing, ...content, pinned: input.pinned, updatedAt: at.toISOString() };
    if (!sameContent(existing, content)) return commitOne(await contentChange(existing, next, at, false));
    return existing.pinned === input.pinned ? existing : commitOne({ note: next });
  }

  /** Every imported note merged with the note of the same id here. */
  async function mergeAll(incoming: readonly ImportedNote[], writing: boolean) {
    const at = now();
    const merges = [];
    for (const entry of incoming) {
      const current = notes.get(entry.note.id);
      if (writing && current) assertWritable(current.id);
      else if (writing && readOnly) throw new AppError('file-newer-than-app', { file: noteFiles.note(entry.note.id) });
      const existing = current && { note: current, revisions: await revisionsFiles.read(current.id) };
      merges.push(mergeImportedNote(existing, entry, at));
    }
    return merges;
  }

  return {
    readOnly,
    notices,
    all: () => [...notes.values()],
    get: (id) => notes.get(id),

    save(input) {
      return queue.one(input.id, async () => {
        const existing = notes.get(input.id);
        if (existing) assertWritable(input.id);
        else if (readOnly) throw new AppError('file-newer-than-app', { file: noteFiles.note(input.id) });
        const order = input.session !== undefined && input.sequence !== undefined ? { session: input.session, sequence: input.sequence } : undefined;
        const last = lastSequence.get(input.id);
        if (existing && order && last?.session === order.session && order.sequence <= last.sequence) return existing;
        const at = now();
        const saved = existing ? await updateNote(existing, input, at) : await commitOne({ note: newNote(input, at) });
        // Only a save that reached the disk counts: a retry of a failed one is written, not skipped.
        if (order) lastSequence.set(input.id, order);
        return saved;
      });
    },

    moveToTrash(id) {
      return queue.one(id, async () => {
        const current = requireNote(id);
        assertWritable(id);
        if (current.deletedAt !== undefined) return current;
        const stamp = now().toISOString();
        return commitOne({ note: { ...current, deletedAt: stamp, updatedAt: stamp } });
      });
    },

    restoreFromTrash(id) {
      return queue.one(id, async () => {
        const current = requireNote(id);
        assertWritable(id);
        if (current.deletedAt === undefined) return current;
        const note: Note = { ...current, updatedAt: now().toISOString() };
        delete note.deletedAt;
        return commitOne({ note });
      });
    },

    revisions(id) {
      requireNote(id);
      return queue.one(id, () => revisionsFiles.read(id));
    },

    restoreRevision(id, savedAt) {
      return queue.one(id, async () => {
        const current = requireNote(id);
        assertWritable(id);
        const revision = (await revisionsFiles.read(id)).find((r) => r.savedAt === savedAt);
        if (!revision) throw new AppError('note-not-found', { id: `${id}@${savedAt}` });
        if (sameContent(current, revision)) return current;
        const at = now();
        const next: Note = { ...current, body: revision.body, tags: [...revision.tags], updatedAt: at.toISOString() };
        return commitOne(await contentChange(current, next, at, true));
      });
    },

    planImport(incoming) {
      return queue.all(async () => (await mergeAll(incoming, false)).map((merge) => merge.outcome));
    },

    importNotes(incoming, onProgress) {
      return queue.all(async () => {
        const merges = await mergeAll(incoming, true);
        const changes = merges.flatMap((merge) => (merge.change ? [merge.change] : []));
        await commit(changes, onProgress);
        return merges.map((merge) => merge.outcome);
      });
    },

    subscribe,
    flush: () => queue.idle(),
  };
}
