import { AppError } from '../../shared/app-error';
import type { Note, NoteRevision, NoteRevisionsFile } from '../../shared/notes/note-schema';
import { isDiskFull, writeFailure } from '../store/write-failure';
import { noteFiles, undoNoteStoreFile, writeNoteStoreFile, type WrittenNoteFile } from './note-files';
import type { NoteRevisionsFiles } from './note-revisions-file';
import { capRevisions } from './revision-policy';

/** A note as it is now, told to the listeners (the search index) after it is on disk. */
export interface NoteChange {
  type: 'upsert';
  note: Note;
}

/** The new version of a note, and its revisions when they change too. */
export interface NoteCommitChange {
  note: Note;
  revisions?: readonly NoteRevision[];
}

export interface NoteCommit {
  /**
   * Makes `changes` the notes' state, all or nothing. The files are the truth, so they come first: each
   * note's revisions and file are written durably; if any write fails, those already written are put back
   * and nothing else changes (a full disk says so). Then the notes in memory, then the listeners.
   */
  commit(changes: readonly NoteCommitChange[], onProgress?: (done: number, total: number) => void): Promise<void>;
  subscribe(listener: (change: NoteChange) => void): () => void;
}

interface PlannedWrite {
  name: string;
  value: Note | NoteRevisionsFile;
  replaced: boolean;
}

export function createNoteCommit(dataDir: string, notes: Map<string, Note>, revisionsFiles: NoteRevisionsFiles): NoteCommit {
  const listeners = new Set<(change: NoteChange) => void>();

  /** Everything to write, checked before the first write (a newer app's revisions file refuses the whole commit). */
  async function plan(change: NoteCommitChange): Promise<PlannedWrite[]> {
    const { id } = change.note;
    const writes: PlannedWrite[] = [];
    if (change.revisions) {
      const value = revisionsFiles.content(id, capRevisions(change.revisions));
      writes.push({ name: noteFiles.revisions(id), value, replaced: await revisionsFiles.exists(id) });
    }
    writes.push({ name: noteFiles.note(id), value: change.note, replaced: notes.has(id) });
    return writes;
  }

  async function undo(written: readonly WrittenNoteFile[], failure: AppError): Promise<never> {
    for (const file of [...written].reverse()) {
      try {
        await undoNoteStoreFile(dataDir, file);
      } catch (error) {
        throw writeFailure(file.name, error);
      }
    }
    throw failure;
  }

  function tellListeners(changes: readonly NoteCommitChange[]): void {
    let failure: unknown;
    for (const { note } of changes) {
      for (const listener of listeners) {
        try {
          listener({ type: 'upsert', note });
        } catch (error) {
          failure ??= error;
        }
      }
    }
    if (failure === undefined) return;
    // The notes are on disk; the search index (a cache) is brought up to date at the next open.
    throw new AppError('search-index-stale', { detail: isDiskFull(failure) ? 'SQLITE_FULL' : (failure as Error).message }, { cause: failure });
  }

  return {
    async commit(changes, onProgress) {
      const planned: PlannedWrite[][] = [];
      for (const change of changes) planned.push(await plan(change));
      const written: WrittenNoteFile[] = [];
      for (const [index, writes] of planned.entries()) {
        for (const write of writes) {
          try {
            written.push(await writeNoteStoreFile(dataDir, write.name, write.value, write.replaced));
          } catch (error) {
            await undo(written, writeFailure(write.name, error));
          }
        }
        onProgress?.(index + 1, planned.length);
      }
      for (const [index, change] of changes.entries()) {
        notes.set(change.note.id, change.note);
        const revisions = planned[index]?.find((write) => write.name === noteFiles.revisions(change.note.id));
        if (revisions) revisionsFiles.written(revisions.value as NoteRevisionsFile);
      }
      tellListeners(changes);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
