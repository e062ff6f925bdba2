import { isDeepStrictEqual } from 'node:util';
import { AppError } from '../../shared/app-error';
import { relationsRecordSchema, type RelationsRecord } from '../../shared/records/record-schema';
import type { RecordAction, RecordUpdate } from '../../shared/records/record-layers';
import type { EntryState, OfficerEntry } from './officer-files-schema';
import { stateOf } from './officer-revisions';

export type UpdateChoice = { choice: 'mine' } | { choice: 'theirs' } | { choice: 'merge'; fields: Record<string, 'mine' | 'theirs'> };

/** The top-level fields where two versions of a record differ, in a stable order. */
export function differingFields(a: RelationsRecord, b: RelationsRecord | undefined): string[] {
  if (!b) return Object.keys(a).sort();
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  const valueOf = (record: RelationsRecord, key: string) => (record as Record<string, unknown>)[key];
  return [...keys].filter((key) => !isDeepStrictEqual(valueOf(a, key), valueOf(b, key))).sort();
}

/** The officer's version of a record, as an update shows it. */
export type MineVersion = Pick<OfficerEntry, 'id' | 'country' | 'record' | 'retired'>;

/** The Updates list entry for the officer's version of a record whose reference (or team) version moved from `theirsBefore` to `theirsNow`. */
export function updateFor(entry: MineVersion, theirsBefore: RelationsRecord, theirsNow: RelationsRecord | undefined, from: RecordUpdate['from']): RecordUpdate {
  return {
    id: entry.id,
    country: entry.country,
    theirsBefore,
    ...(theirsNow ? { theirsNow } : {}),
    mine: entry.record,
    ...(entry.retired ? { mineRetired: entry.retired } : {}),
    fields: differingFields(entry.record, theirsNow),
    from,
  };
}

/** The record a merge by field makes: each differing field from mine or theirs (mine unless chosen), checked by the record schema. */
function mergedRecord(update: RecordUpdate, fields: Record<string, 'mine' | 'theirs'>): RelationsRecord {
  const theirs = update.theirsNow;
  if (!theirs) throw new AppError('record-invalid', { detail: 'choice: the update removed the record; keep mine or take theirs' });
  const unknown = Object.keys(fields).filter((field) => !update.fields.includes(field));
  if (unknown.length > 0) throw new AppError('record-invalid', { detail: `fields.${unknown[0]}: not a field this update changed` });
  const merged: Record<string, unknown> = { ...update.mine };
  for (const field of update.fields) {
    if (fields[field] !== 'theirs') continue;
    const value = (theirs as Record<string, unknown>)[field];
    if (value === undefined) delete merged[field];
    else merged[field] = value;
  }
  const parsed = relationsRecordSchema.safeParse(merged);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new AppError('record-invalid', { detail: `${issue.path.join('.') || 'record'}: ${issue.message}` });
  }
  return parsed.data;
}

/**
 * What resolving `update` makes of `entry`: keep mine (the entry is now based on theirs), take theirs (a
 * dataset's: the record follows the reference again, no longer retired; a team's: theirs becomes the
 * record), or merge by field. The new state, its action and the base it rests on (null: none).
 */
export function resolvedState(
  entry: OfficerEntry,
  update: RecordUpdate,
  choice: UpdateChoice,
): { state: EntryState; action: RecordAction; base: RelationsRecord | null | undefined } {
  const fromDataset = update.from.kind === 'dataset';
  const basedOnTheirs = fromDataset ? (update.theirsNow ?? null) : undefined;
  const orphaned = fromDataset && !update.theirsNow;
  if (choice.choice === 'mine') {
    const state = stateOf(entry);
    return { state: orphaned ? { ...state, origin: 'mine' } : state, action: 'kept-mine', base: basedOnTheirs };
  }
  if (choice.choice === 'theirs') {
    if (!update.theirsNow) return { state: { origin: entry.origin, present: false, record: entry.record }, action: 'took-theirs', base: null };
    const origin = fromDataset ? 'reference' : entry.origin === 'mine' ? 'mine' : 'edited';
    return { state: { origin, present: true, record: update.theirsNow }, action: 'took-theirs', base: basedOnTheirs };
  }
  const record = mergedRecord(update, choice.fields);
  return { state: { ...stateOf(entry), record }, action: 'merged', base: basedOnTheirs };
}
