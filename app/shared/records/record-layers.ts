import { z } from 'zod';
import { articleSchema, relationsRecordSchema, type Article, type CountryCode, type RelationsRecord } from './record-schema';

/**
 * The records the officer sees are one merged view of two layers: the reference layer (the bundled dataset or
 * a pack a central unit sends) and the officer's own layer (records they added, reference records they edited
 * or retired). A dataset update replaces the reference layer only.
 */
export const recordOriginSchema = z.enum(['reference', 'mine', 'edited']);
export type RecordOrigin = z.infer<typeof recordOriginSchema>;

/** Why and by whom a record was retired: it leaves the page, the search and the briefs, and stays in the history. */
export interface RecordRetirement {
  reason: string;
  /** ISO timestamp. */
  at: string;
  /** The officer's name from the settings; empty when none is set. */
  by: string;
}

/** What a revision did. */
export const recordActionSchema = z.enum(['added', 'edited', 'retired', 'restored', 'undone', 'kept-mine', 'took-theirs', 'merged']);
export type RecordAction = z.infer<typeof recordActionSchema>;

/** One state of a record in the officer's layer, kept for the history and for undo. */
export interface RecordRevision {
  /** 1, 2, 3… per record. */
  revision: number;
  action: RecordAction;
  at: string;
  by: string;
  /** The record as it was after this revision. */
  record: RelationsRecord;
  retired?: RecordRetirement;
}

/** How a record of the merged view is marked on every screen. */
export interface RecordMark {
  origin: RecordOrigin;
  /** The latest revision of the officer's layer; 0 for an untouched reference record. */
  revision: number;
  changedAt?: string;
  changedBy?: string;
}

/** A record with everything its editor and history need. */
export interface RecordDetail {
  record: RelationsRecord;
  mark: RecordMark;
  retired?: RecordRetirement;
  /** Oldest first; empty for an untouched reference record. */
  history: RecordRevision[];
  /** The reference version, when the officer edited or retired a reference record. */
  reference?: RelationsRecord;
  /** The articles the record cites. */
  articles: Article[];
  /** Whether `undoRecordChange` has something to undo. */
  canUndo: boolean;
}

/**
 * A reference record the officer had edited or retired that a dataset update changed or removed: shown in the
 * Updates list with the three versions until the officer decides. Nothing is resolved silently.
 */
export interface RecordUpdate {
  id: string;
  country: CountryCode;
  /** The reference version the officer's edit was based on. */
  theirsBefore: RelationsRecord;
  /** The reference version now; absent when the update removed the record. */
  theirsNow?: RelationsRecord;
  /** The officer's version. */
  mine: RelationsRecord;
  mineRetired?: RecordRetirement;
  /** The top-level fields where theirs now differs from mine (what a merge by field chooses between). */
  fields: string[];
  /** Where the update came from: the dataset versions, or the team's database. */
  from: { kind: 'dataset'; fromVersion: string; toVersion: string } | { kind: 'team' };
}

/** What a dataset pack import does (or would do, on a dry run) to the merged view. */
export interface DatasetPackReport {
  fromVersion: string;
  toVersion: string;
  dryRun: boolean;
  /** Ids of reference records the pack adds, changes, removes. */
  added: string[];
  changed: string[];
  removed: string[];
  /** Ids of records that go to the Updates list (the officer edited or retired them and the pack changed them). */
  conflicts: string[];
  countries: number;
  records: number;
  notesOnRemovedRecords: number;
}

const recordIdSchema = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'ids are lower-case letters, digits and hyphens');
const officerTextSchema = z.string().trim().min(1).max(2000);

export const recordIdInputSchema = z.object({ id: recordIdSchema }).strict();

/** A new record of the officer's, with the articles it cites that the folder does not hold yet. */
export const addRecordInputSchema = z
  .object({ record: relationsRecordSchema, articles: z.array(articleSchema).max(50).default([]) })
  .strict();

/** The whole edited record; `basedOn` is the revision the form was opened at (a stale one is refused). */
export const editRecordInputSchema = z
  .object({
    id: recordIdSchema,
    record: relationsRecordSchema,
    articles: z.array(articleSchema).max(50).default([]),
    basedOn: z.number().int().nonnegative(),
  })
  .strict();

export const retireRecordInputSchema = z.object({ id: recordIdSchema, reason: officerTextSchema }).strict();

export const updateChoiceSchema = z.enum(['mine', 'theirs']);

/** Keep mine, take theirs, or merge by field (each differing field picks a side). */
export const resolveRecordUpdateInputSchema = z.discriminatedUnion('choice', [
  z.object({ id: recordIdSchema, choice: z.literal('mine') }).strict(),
  z.object({ id: recordIdSchema, choice: z.literal('theirs') }).strict(),
  z.object({ id: recordIdSchema, choice: z.literal('merge'), fields: z.record(z.string(), updateChoiceSchema) }).strict(),
]);

/** A dataset pack chosen in the app: its file name and its text (JSON of the dataset's shape). */
export const importDatasetPackInputSchema = z
  .object({ fileName: z.string().min(1).max(255), text: z.string().min(2).max(200_000_000), dryRun: z.boolean() })
  .strict();
