import { closeSync, openSync, readdirSync, readFileSync, readSync, type Dirent } from 'node:fs';
import { readdir, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { AppError } from '../../shared/app-error';
import type { SaveNoteInput } from '../../shared/notes/note-requests';
import { openDataFile } from '../store/data-file';
import { previousCopyPath, writeFileDurably } from '../store/durable-json-file';
import { normalizeTextDeep } from '../store/normalize-text';
import type { StoreNotice } from '../../shared/store/store-notice';
import {
  MAX_NOTE_REVISIONS,
  NOTE_REVISIONS_SCHEMA_VERSION,
  NOTE_SCHEMA_VERSION,
  REVISION_INTERVAL_MS,
  TRASH_RETENTION_DAYS,
  normalizeTags,
  noteIdSchema,
  noteRevisionsFileSchema,
  noteSchema,
  sameContent,
  type Note,
  type NoteRevision,
  type NoteRevisionsFile,
} from '../../shared/notes/note-schema';

/** Where the notes live, relative to the data folder: one file per note, apart from the reference records. */
export const NOTES_FOLDER = 'notes';
const REVISIONS_FOLDER = 'revisions';
const DAY_MS = 24 * 60 * 60 * 1000;

export interface NotesStoreOptions {
  dataDir: string;
  /** A reading command: nothing is written, moved or purged. */
  readOnly: boolean;
  /** The clock (tests move it). */
  now?: () => Date;
}

export type NoteChange = { type: 'upsert'; note: Note } | { type: 'remove'; id: string };

/** What `importNote` did with a note. */
export type ImportOutcome = 'added' | 'updated' | 'unchanged';

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
  /** Merges a whole note from an export: added when new, replaced when the incoming one is newer. */
  importNote(note: Note, revisions: readonly NoteRevision[]): Promise<ImportOutcome>;
  /** Tells `listener` about every change (for the search index); returns the unsubscribe function. */
  subscribe(listener: (change: NoteChange) => void): () => void;
  /** Retries any write that failed; resolves when everything is on disk. */
  flush(): Promise<void>;
}

class UnrecoverableNote extends Error {}

function noteFileName(id: string): string {
  return `${NOTES_FOLDER}/${id}.json`;
}

function revisionsFileName(id: string): string {
  return `${NOTES_FOLDER}/${REVISIONS_FOLDER}/${id}.json`;
}

function serialize(value: unknown): string {
  return `${JSON.stringify(normalizeTextDeep(value))}\n`;
}

/** Keeps the newest `MAX_NOTE_REVISIONS`, each once, oldest first. */
function capRevisions(revisions: readonly NoteRevision[]): NoteRevision[] {
  const byKey = new Map<string, NoteRevision>();
  for (const revision of revisions) byKey.set(`${revision.savedAt}\u0000${revision.body}\u0000${revision.tags.join('\u0000')}`, revision);
  return [...byKey.values()].sort((a, b) => a.savedAt.localeCompare(b.savedAt)).slice(-MAX_NOTE_REVISIONS);
}

/**
 * Reads a small file into `buffer` (open, read, close: no stat, no allocation per file), or whole when it
 * does not fit. Opening 10,000 notes is mostly these system calls.
 */
function readSmallFileSync(file: string, buffer: Buffer): string {
  const fd = openSync(file, 'r');
  try {
    let length = 0;
    for (let read = 1; read > 0 && length < buffer.length; length += read) read = readSync(fd, buffer, length, buffer.length - length, null);
    if (length < buffer.length) return buffer.toString('utf8', 0, length);
  } finally {
    closeSync(fd);
  }
  return readFileSync(file, 'utf8');
}

/** Reads the note files that parse and validate as they are: the common case, kept fast (10,000 notes in about 200 ms). */
function readNoteFiles(notesDir: string): { good: Note[]; suspect: string[] } {
  let entries: Dirent[];
  try {
    entries = readdirSync(notesDir, { withFileTypes: true });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { good: [], suspect: [] };
    throw new AppError('data-folder-unreadable', { path: notesDir, detail: (error as Error).message }, { cause: error });
  }
  const good: Note[] = [];
  const suspect: string[] = [];
  const buffer = Buffer.allocUnsafe(256 * 1024);
  for (const entry of entries) {
    if (!entry.isFile() || !entry.name.endsWith('.json')) continue;
    const id = entry.name.slice(0, -'.json'.length);
    // Anything else in the folder (a file the officer put there) is not a note and is left alone.
    if (!noteIdSchema.safeParse(id).success) continue;
    let value: unknown;
    try {
      value = JSON.parse(readSmallFileSync(path.join(notesDir, entry.name), buffer));
    } catch {
      suspect.push(id);
      continue;
    }
    const parsed = noteSchema.safeParse(value);
    if (parsed.success && parsed.data.schemaVersion === NOTE_SCHEMA_VERSION && parsed.data.id === id) good.push(parsed.data);
    else suspect.push(id);
  }
  return { good, suspect };
}

/**
 * Opens the personal notes of a data folder: `notes/<id>.json`, one small file per note, so saving one
 * note costs the same with 10 notes or 10,000, and never touches the reference records. Each note's earlier
 * versions live in `notes/revisions/<id>.json`, read only when needed. A note file that does not parse is
 * handled by the data-file mechanism: moved aside, its previous copy used, the officer told. Notes deleted
 * more than 30 days ago are purged.
 */
export async function openNotesStore(options: NotesStoreOptions): Promise<NotesStore> {
  const { dataDir, readOnly } = options;
  const now = options.now ?? (() => new Date());
  const notesDir = path.join(dataDir, NOTES_FOLDER);
  const notices: StoreNotice[] = [];
  const notes = new Map<string, Note>();
  /** Notes written by a newer app: shown, never rewritten. */
  const newerIds = new Set<string>();
  const listeners = new Set<(change: NoteChange) => void>();
  /** The last save applied per note, by editor session. */
  const lastSequence = new Map<string, { session: string; sequence: number }>();
  /** When each note's newest revision was saved (null: none yet), once its revisions file was read. */
  const newestRevisionAt = new Map<string, string | null>();
  const queues = new Map<string, Promise<unknown>>();
  /** Notes whose revisions file was written by a newer app: their revisions are never rewritten. */
  const newerRevisionIds = new Set<string>();
  /** Notes whose last write failed; `flush` writes them again. */
  const unwritten = new Set<string>();

  const { good, suspect } = readNoteFiles(notesDir);
  for (const note of good) notes.set(note.id, note);
  for (const id of suspect) await openSuspectNote(id);
  if (!readOnly) await purgeOldTrash();

  async function openSuspectNote(id: string): Promise<void> {
    const name = noteFileName(id);
    try {
      const file = await openDataFile({
        dataDir,
        name,
        schema: noteSchema,
        version: NOTE_SCHEMA_VERSION,
        createDefault: () => {
          throw new UnrecoverableNote(name);
        },
        readOnly,
        debounceMs: 0,
      });
      file.notices.forEach(addNotice);
      const checked = noteSchema.safeParse({ ...file.data, id });
      if (!checked.success) return;
      notes.set(id, checked.data);
      if (file.readOnly) newerIds.add(id);
    } catch (error) {
      if (!(error instanceof UnrecoverableNote)) throw error;
      const aside = readOnly ? [] : (await readdir(notesDir)).filter((entry) => entry.startsWith(`${id}.json.damaged-`)).sort();
      const movedTo = aside.at(-1);
      addNotice({ code: 'note-damaged-unrecoverable', file: name, ...(movedTo ? { movedTo: `${NOTES_FOLDER}/${movedTo}` } : {}) });
    }
  }

  async function removeNoteFiles(id: string): Promise<void> {
    for (const name of [noteFileName(id), revisionsFileName(id)]) {
      const file = path.join(dataDir, name);
      await rm(file, { force: true });
      await rm(previousCopyPath(file), { force: true });
    }
  }

  async function purgeOldTrash(): Promise<void> {
    const cutoff = now().getTime() - TRASH_RETENTION_DAYS * DAY_MS;
    for (const note of [...notes.values()]) {
      if (note.deletedAt === undefined || Date.parse(note.deletedAt) > cutoff || newerIds.has(note.id)) continue;
      await removeNoteFiles(note.id);
      notes.delete(note.id);
    }
  }

  function emit(change: NoteChange): void {
    for (const listener of listeners) listener(change);
  }

  /** Runs the operations on one note one after the other. */
  function exclusive<T>(id: string, operation: () => Promise<T>): Promise<T> {
    const previous = queues.get(id) ?? Promise.resolve();
    const result = previous.then(operation, operation);
    const settled = result.then(
      () => undefined,
      () => undefined,
    );
    queues.set(id, settled);
    void settled.then(() => {
      if (queues.get(id) === settled) queues.delete(id);
    });
    return result;
  }

  function assertWritable(id: string): void {
    if (readOnly || newerIds.has(id)) throw new AppError('file-newer-than-app', { file: noteFileName(id) });
  }

  function requireNote(id: string): Note {
    const note = notes.get(id);
    if (!note) throw new AppError('note-not-found', { id });
    return note;
  }

  async function writeNote(note: Note): Promise<void> {
    const name = noteFileName(note.id);
    try {
      await writeFileDurably(path.join(dataDir, name), serialize(note));
      unwritten.delete(note.id);
    } catch (error) {
      unwritten.add(note.id);
      throw new AppError('write-failed', { file: name, detail: (error as Error).message }, { cause: error });
    }
  }

  function addNotice(notice: StoreNotice): void {
    if (!notices.some((n) => n.code === notice.code && n.file === notice.file)) notices.push(notice);
  }

  /** A note's revisions file; one that is damaged is moved aside and its previous copy used, like any data file. */
  async function openRevisionsFile(id: string): Promise<NoteRevision[]> {
    const name = revisionsFileName(id);
    if (!(await stat(path.join(dataDir, name)).catch(() => undefined))) return [];
    const file = await openDataFile<NoteRevisionsFile>({
      dataDir,
      name,
      schema: noteRevisionsFileSchema,
      version: NOTE_REVISIONS_SCHEMA_VERSION,
      createDefault: () => ({ schemaVersion: NOTE_REVISIONS_SCHEMA_VERSION, id, revisions: [] }),
      readOnly,
      debounceMs: 0,
    });
    file.notices.forEach(addNotice);
    if (file.readOnly && !readOnly) newerRevisionIds.add(id);
    return file.data.revisions;
  }

  async function readRevisions(id: string): Promise<NoteRevision[]> {
    const revisions = await openRevisionsFile(id);
    newestRevisionAt.set(id, revisions.at(-1)?.savedAt ?? null);
    return revisions;
  }

  async function writeRevisions(id: string, revisions: readonly NoteRevision[]): Promise<void> {
    const name = revisionsFileName(id);
    if (newerRevisionIds.has(id)) throw new AppError('file-newer-than-app', { file: name });
    const content: NoteRevisionsFile = { schemaVersion: NOTE_REVISIONS_SCHEMA_VERSION, id, revisions: capRevisions(revisions) };
    try {
      await writeFileDurably(path.join(dataDir, name), serialize(content));
    } catch (error) {
      throw new AppError('write-failed', { file: name, detail: (error as Error).message }, { cause: error });
    }
    newestRevisionAt.set(id, content.revisions.at(-1)?.savedAt ?? null);
  }

  /** Keeps the current content as a revision before it changes, at most once per interval of editing. */
  async function keepRevisionBeforeChange(current: Note, at: Date, always: boolean): Promise<void> {
    if (current.body === '' && current.tags.length === 0) return;
    let newest = newestRevisionAt.get(current.id);
    if (newest === undefined) newest = (await readRevisions(current.id)).at(-1)?.savedAt ?? null;
    if (newest === current.updatedAt) return;
    const paused = at.getTime() - Date.parse(current.updatedAt) >= REVISION_INTERVAL_MS;
    const due = at.getTime() - Date.parse(newest ?? current.createdAt) >= REVISION_INTERVAL_MS;
    if (!always && !paused && !due) return;
    const revisions = await readRevisions(current.id);
    await writeRevisions(current.id, [...revisions, { body: current.body, tags: current.tags, savedAt: current.updatedAt }]);
  }

  const store: NotesStore = {
    readOnly,
    notices,
    all: () => [...notes.values()],
    get: (id) => notes.get(id),

    save(input) {
      return exclusive(input.id, async () => {
        const existing = notes.get(input.id);
        if (existing) assertWritable(input.id);
        else if (readOnly) throw new AppError('file-newer-than-app', { file: noteFileName(input.id) });
        if (input.session !== undefined && input.sequence !== undefined) {
          const last = lastSequence.get(input.id);
          if (existing && last?.session === input.session && input.sequence <= last.sequence) return existing;
          lastSequence.set(input.id, { session: input.session, sequence: input.sequence });
        }
        const content = normalizeTextDeep({ body: input.body, tags: normalizeTags(input.tags) });
        const at = now();
        let note: Note;
        if (!existing) {
          const stamp = at.toISOString();
          note = {
            schemaVersion: NOTE_SCHEMA_VERSION,
            id: input.id,
            country: input.country,
            ...(input.recordId !== undefined ? { recordId: input.recordId } : {}),
            body: content.body,
            tags: content.tags,
            pinned: input.pinned,
            createdAt: stamp,
            updatedAt: stamp,
          };
        } else {
          const contentChanged = !sameContent(existing, content);
          if (!contentChanged && existing.pinned === input.pinned) {
            if (unwritten.has(existing.id)) await writeNote(existing);
            return existing;
          }
          if (contentChanged) await keepRevisionBeforeChange(existing, at, false);
          note = { ...existing, body: content.body, tags: content.tags, pinned: input.pinned, updatedAt: at.toISOString() };
        }
        notes.set(note.id, note);
        emit({ type: 'upsert', note });
        await writeNote(note);
        return note;
      });
    },

    moveToTrash(id) {
      return exclusive(id, async () => {
        const current = requireNote(id);
        assertWritable(id);
        if (current.deletedAt !== undefined) return current;
        const stamp = now().toISOString();
        const note: Note = { ...current, deletedAt: stamp, updatedAt: stamp };
        notes.set(id, note);
        emit({ type: 'upsert', note });
        await writeNote(note);
        return note;
      });
    },

    restoreFromTrash(id) {
      return exclusive(id, async () => {
        const current = requireNote(id);
        assertWritable(id);
        if (current.deletedAt === undefined) return current;
        const note: Note = { ...current, updatedAt: now().toISOString() };
        delete note.deletedAt;
        notes.set(id, note);
        emit({ type: 'upsert', note });
        await writeNote(note);
        return note;
      });
    },

    revisions(id) {
      requireNote(id);
      return exclusive(id, () => readRevisions(id));
    },

    restoreRevision(id, savedAt) {
      return exclusive(id, async () => {
        const current = requireNote(id);
        assertWritable(id);
        const revision = (await readRevisions(id)).find((r) => r.savedAt === savedAt);
        if (!revision) throw new AppError('note-not-found', { id: `${id}@${savedAt}` });
        const at = now();
        if (sameContent(current, revision)) return current;
        await keepRevisionBeforeChange(current, at, true);
        const note: Note = { ...current, body: revision.body, tags: [...revision.tags], updatedAt: at.toISOString() };
        notes.set(id, note);
        emit({ type: 'upsert', note });
        await writeNote(note);
        return note;
      });
    },

    importNote(incoming, incomingRevisions) {
      return exclusive(incoming.id, async () => {
        const existing = notes.get(incoming.id);
        if (existing) assertWritable(incoming.id);
        else if (readOnly) throw new AppError('file-newer-than-app', { file: noteFileName(incoming.id) });
        const note = normalizeTextDeep({ ...incoming, schemaVersion: NOTE_SCHEMA_VERSION, tags: normalizeTags(incoming.tags) });
        if (existing && Date.parse(note.updatedAt) <= Date.parse(existing.updatedAt)) return 'unchanged';
        let revisions = [...incomingRevisions];
        if (existing) {
          revisions = [...(await readRevisions(existing.id)), ...revisions];
          if (!sameContent(existing, note)) revisions.push({ body: existing.body, tags: existing.tags, savedAt: existing.updatedAt });
        }
        revisions = revisions.filter((r) => r.savedAt !== note.updatedAt || !sameContent(r, note));
        if (revisions.length > 0) await writeRevisions(note.id, revisions);
        notes.set(note.id, note);
        emit({ type: 'upsert', note });
        await writeNote(note);
        return existing ? 'updated' : 'added';
      });
    },

    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },

    async flush() {
      await Promise.all([...queues.values()]);
      for (const id of [...unwritten]) {
        const note = notes.get(id);
        if (note) await exclusive(id, () => writeNote(note));
        else unwritten.delete(id);
      }
    },
  };
  return store;
}

/** The notes store's files for one note, relative to the data folder (for tests and tools). */
export const noteFiles = { note: noteFileName, revisions: revisionsFileName };
