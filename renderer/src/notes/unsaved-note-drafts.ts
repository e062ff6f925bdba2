import { z } from 'zod';
import { saveNoteInputSchema } from '../../../app/shared/notes/note-requests';
import { parseStoredJson } from '../parse-stored-json';
import type { NoteDraft } from './use-note-autosave';

/**
 * Text typed in a note editor and not yet saved, kept in this browser's localStorage until the app has
 * it on disk: it survives a reload, a crash of the page or of the app behind it, and a stopped host.
 */
export interface UnsavedNoteDraft {
  draft: NoteDraft;
}

const KEY_PREFIX = 'country-desk.unsaved-note.';

/** Drafts an editor of this page is working on (open, or its last save under way): not to be restored. */
const held = new Map<string, number>();

/** Marks the draft of note `id` as in use until the returned function is called. */
export function holdDraft(id: string): () => void {
  held.set(id, (held.get(id) ?? 0) + 1);
  let released = false;
  return () => {
    if (released) return;
    released = true;
    const count = (held.get(id) ?? 1) - 1;
    if (count > 0) held.set(id, count);
    else held.delete(id);
  };
}

/** What localStorage holds is read like any file from outside: checked, and dropped if it is not a draft. */
const storedDraftSchema = z.object({
  draft: saveNoteInputSchema.omit({ session: true, sequence: true }),
});

function storage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    // Storage turned off by the browser's settings: the text is kept in the editor only.
    return undefined;
  }
}

export function keepUnsavedDraft(value: UnsavedNoteDraft): void {
  storage()?.setItem(KEY_PREFIX + value.draft.id, JSON.stringify(value));
}

export function forgetUnsavedDraft(id: string): void {
  storage()?.removeItem(KEY_PREFIX + id);
}

export function unsavedDraft(id: string): UnsavedNoteDraft | undefined {
  return parseStoredJson(storedDraftSchema, storage()?.getItem(KEY_PREFIX + id) ?? null);
}

/**
 * The unsaved text of `note` when it differs from what the app has; a draft the app has saved after all
 * (the reply was lost with the page) is forgotten.
 */
export function unsavedChangeOf(note: { id: string; body: string; tags: readonly string[]; pinned: boolean }): NoteDraft | undefined {
  const kept = held.has(note.id) ? undefined : unsavedDraft(note.id)?.draft;
  if (!kept) return undefined;
  const same = kept.body === note.body && kept.pinned === note.pinned && kept.tags.join('\u0000') === note.tags.join('\u0000');
  if (!same) return kept;
  forgetUnsavedDraft(note.id);
  return undefined;
}

/** Every unsaved draft kept in this browser that no editor of this page is working on. */
export function unsavedDrafts(): UnsavedNoteDraft[] {
  const store = storage();
  if (!store) return [];
  const drafts: UnsavedNoteDraft[] = [];
  for (let index = 0; index < store.length; index += 1) {
    const key = store.key(index);
    const draft = key?.startsWith(KEY_PREFIX) ? parseStoredJson(storedDraftSchema, store.getItem(key)) : undefined;
    if (draft && !held.has(draft.draft.id)) drafts.push(draft);
  }
  return drafts;
}
