import { randomUUID } from 'node:crypto';
import type { SerializedAppError } from '../../shared/app-error';
import type { OfficerChange, OfficerLayer } from '../records/officer-layer';
import { readJoinedTeam } from './team-join-file';
import { openTeamSyncFiles, type OutboxEntry, type SyncedRevision } from './team-sync-files';

/**
 * A data folder as a replica of the team's records: the outbox of the officer's changes waiting to be pushed
 * (fed by the officer's layer, on disk in team/outbox.json so that it survives a restart) and the sync's state
 * (team/state.json): the last sequence pulled and, per record, the team and local revisions that last agreed.
 */
export interface TeamReplica {
  readonly lastSeq: number;
  readonly lastSyncedAt: string | undefined;
  readonly lastError: (SerializedAppError & { at: string }) | undefined;
  /** The pending pushes, oldest first. */
  pending(): readonly OutboxEntry[];
  synced(id: string): SyncedRevision;
  /** Whether a change in the feed was pushed by this desk (it is not pulled back). */
  isOwn(clientChangeId: string): boolean;
  /** The feed is read after `seq` from now on. */
  advance(seq: number): void;
  /** A pulled change was taken or filed as a conflict: where the record's team and local revisions now agree. */
  agree(id: string, synced: SyncedRevision): void;
  /** A conflict took the record's pending pushes into the Updates list (its "mine"): they are not pushed. */
  dropPending(id: string): void;
  /** The entry is on the team's database (written now, or before: a duplicate). */
  pushed(entry: OutboxEntry): void;
  /** The sync ended well: its time is kept, and a failure before it is forgotten. */
  markSynced(at: string): void;
  /** The sync failed: why, kept for the status until one ends well. */
  markFailed(error: SerializedAppError, at: string): void;
  /** Writes the state and the outbox now. */
  flush(): Promise<void>;
  /** Stops listening to the officer's layer and writes what is pending. */
  close(): Promise<void>;
}

/** Opens the folder's replica files (creating them) and files every change of the officer's in the outbox. */
export async function openTeamReplica(dataDir: string, officer: OfficerLayer): Promise<TeamReplica> {
  const { state, outbox } = await openTeamSyncFiles(dataDir);
  const synced = (id: string): SyncedRevision => state.data.records[id] ?? { team: 0, local: 0 };

  const enqueue = (change: OfficerChange) => {
    const earlier = outbox.data.entries.filter((entry) => entry.change.id === change.id).at(-1);
    const teamBasedOn = earlier ? earlier.teamRevision : synced(change.id).team;
    const entry: OutboxEntry = { clientChangeId: `${state.data.deskId}:${randomUUID()}`, teamBasedOn, teamRevision: teamBasedOn + 1, change };
    outbox.update((data) => {
      data.entries.push(entry);
    });
  };
  const unsubscribe = officer.onChange(enqueue);
  const flush = async () => {
    await Promise.all([state.flush(), outbox.flush()]);
  };

  return {
    get lastSeq() {
      return state.data.lastSeq;
    },
    get lastSyncedAt() {
      return state.data.lastSyncedAt;
    },
    get lastError() {
      return state.data.lastError;
    },
    pending: () => outbox.data.entries,
    synced,
    isOwn: (clientChangeId) => clientChangeId.startsWith(`${state.data.deskId}:`),
    advance(seq) {
      state.update((data) => {
        data.lastSeq = Math.max(data.lastSeq, seq);
      });
    },
    agree(id, revision) {
      state.update((data) => {
        data.records[id] = revision;
      });
    },
    dropPending(id) {
      outbox.update((data) => {
        data.entries = data.entries.filter((entry) => entry.change.id !== id);
      });
    },
    pushed(entry) {
      outbox.update((data) => {
        data.entries = data.entries.filter((pending) => pending.clientChangeId !== entry.clientChangeId);
      });
      state.update((data) => {
        data.records[entry.change.id] = { team: entry.teamRevision, local: entry.change.revision };
      });
    },
    markSynced(at) {
      state.update((data) => {
        data.lastSyncedAt = at;
        delete data.lastError;
      });
    },
    markFailed(error, at) {
      state.update((data) => {
        data.lastError = { ...error, at };
      });
    },
    flush,
    async close() {
      unsubscribe();
      await flush();
    },
  };
}

/** The replica of a folder that joined a team (`team join`), undefined for one that did not. */
export async function openJoinedReplica(dataDir: string, officer: OfficerLayer): Promise<TeamReplica | undefined> {
  return (await readJoinedTeam(dataDir)) === undefined ? undefined : openTeamReplica(dataDir, officer);
}
