import type { DatasetImportStep } from './import-dataset';
import type { Article, CountryCode, RelationsRecord } from '../../shared/records/record-schema';
import type { DatasetPackReport, RecordDetail, RecordRetirement, RecordUpdate } from '../../shared/records/record-layers';

/** How a pack is imported: only reported (`dryRun`), and each step told as it starts (a terminal shows it). */
export interface DatasetPackImportOptions {
  dryRun: boolean;
  onStep?: (step: DatasetImportStep) => void;
}

/** One saved change of the officer's layer, as the team sync carries it. */
export interface OfficerChange {
  id: string;
  country: CountryCode;
  /** The revision the change made, and the one it was based on (0 for a new record). */
  revision: number;
  basedOn: number;
  /** The record after the change; `retired` set when the change retired it. */
  record: RelationsRecord;
  retired?: RecordRetirement;
  articles: Article[];
  at: string;
  by: string;
}

/**
 * The officer's layer of records: what they added, the reference records they edited or retired, every
 * revision. Each change is saved before the promise settles (one small file per country under records/mine/).
 * `by` is the officer's name from the settings. Ids that do not exist are refused with `record-not-found`.
 */
export interface OfficerLayer {
  add(record: RelationsRecord, articles: readonly Article[]): Promise<RecordDetail>;
  /** Refused with `record-changed-meanwhile` when `basedOn` is not the record's current revision. */
  edit(id: string, record: RelationsRecord, articles: readonly Article[], basedOn: number): Promise<RecordDetail>;
  retire(id: string, reason: string): Promise<RecordDetail>;
  /** Brings a retired record back. */
  restore(id: string): Promise<RecordDetail>;
  /** Returns the record to its state before its latest change (an undo is itself a revision). */
  undo(id: string): Promise<RecordDetail>;
  /** Undefined when no record has the id (a record whose add was undone still has its detail: its history). */
  detail(id: string): Promise<RecordDetail | undefined>;
  /** The officer's added and edited records, optionally of one country. */
  listMine(country?: CountryCode): Promise<RecordDetail[]>;
  /** The Updates list: reference changes to records the officer edited or retired, awaiting a decision. */
  updates(): RecordUpdate[];
  resolve(id: string, choice: { choice: 'mine' } | { choice: 'theirs' } | { choice: 'merge'; fields: Record<string, 'mine' | 'theirs'> }): Promise<RecordDetail>;
  /** Told after every saved change of the officer's own (the team sync's outbox listens). Returns the unsubscribe. */
  onChange(listener: (change: OfficerChange) => void): () => void;
  /**
   * Applies a change another officer made (pulled from the team's database): taken as is when the local record
   * is unchanged since `change.basedOn`, otherwise filed in the Updates list (`from: team`). Never tells `onChange`.
   */
  applyTeamChange(change: OfficerChange): Promise<'applied' | 'conflict'>;
  /** Imports a dataset pack as the new reference layer and files the conflicts (dry run: only the report); `onStep` is told each step as it starts. */
  importPack(file: string, options: DatasetPackImportOptions): Promise<DatasetPackReport>;
}
