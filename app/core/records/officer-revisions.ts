import type { RelationsRecord } from '../../shared/records/record-schema';
import type { RecordAction, RecordRevision } from '../../shared/records/record-layers';
import type { EntryState, OfficerEntry, StoredRevision } from './officer-files-schema';

/** Who made a change and when. */
export interface ChangeStamp {
  at: string;
  by: string;
}

/** The latest revision of an entry; 0 when the record has none (an untouched reference record). */
export function currentRevision(entry: OfficerEntry | undefined): number {
  return entry?.revisions.at(-1)?.revision ?? 0;
}

/** The state an entry shows: its current origin, record and retirement. */
export function stateOf(entry: OfficerEntry): EntryState {
  return { origin: entry.origin, present: entry.present, record: entry.record, ...(entry.retired ? { retired: entry.retired } : {}) };
}

/**
 * The entry after a change: its new state, and a revision recording it. A plain change is undone back to
 * the revision before it; `undoTo` overrides that (an undo's own revision undoes to where its target did).
 */
export function withRevision(
  entry: Pick<OfficerEntry, 'id' | 'revisions' | 'base'>,
  state: EntryState,
  action: RecordAction,
  stamp: ChangeStamp,
  options: { revision?: number; undoTo?: number | null; base?: RelationsRecord | null } = {},
): OfficerEntry {
  const previous = entry.revisions.at(-1)?.revision ?? 0;
  const revision = options.revision ?? previous + 1;
  const undoTo = options.undoTo === null ? undefined : (options.undoTo ?? previous);
  const base = options.base === null ? undefined : (options.base ?? entry.base);
  const stored: StoredRevision = { ...state, revision, action, ...stamp, ...(undoTo === undefined ? {} : { undoTo }) };
  return {
    id: entry.id,
    country: state.record.country,
    ...state,
    ...(base ? { base } : {}),
    revisions: [...entry.revisions, stored],
  };
}

/** Whether an undo has something to return to. */
export function canUndo(entry: OfficerEntry | undefined): boolean {
  return entry?.revisions.at(-1)?.undoTo !== undefined;
}

/**
 * The state an undo returns to and where a further undo would go: revision `undoTo` of the latest
 * revision; 0 is the state before the first change (a reference record follows `reference` again, a
 * record of the officer's leaves the view). Undefined when there is nothing to undo.
 */
export function undoTarget(entry: OfficerEntry, reference: RelationsRecord | undefined): { state: EntryState; undoTo: number | null } | undefined {
  const target = entry.revisions.at(-1)?.undoTo;
  if (target === undefined) return undefined;
  if (target === 0) {
    const first = entry.revisions[0]!;
    if (first.origin === 'mine') return { state: { origin: 'mine', present: false, record: entry.record }, undoTo: null };
    return { state: { origin: 'reference', present: true, record: reference ?? entry.base ?? entry.record }, undoTo: null };
  }
  const revision = entry.revisions.find((r) => r.revision === target);
  if (!revision) return undefined;
  const { origin, present, record, retired } = revision;
  return { state: { origin, present, record, ...(retired ? { retired } : {}) }, undoTo: revision.undoTo ?? null };
}

/** The history as the record's detail shows it. */
export function publicHistory(entry: OfficerEntry | undefined): RecordRevision[] {
  return (entry?.revisions ?? []).map(({ revision, action, at, by, record, retired }) => ({ revision, action, at, by, record, ...(retired ? { retired } : {}) }));
}
