import type { ClientBase } from 'pg';
import { AppError } from '../../shared/app-error';
import { relationsRecordSchema } from '../../shared/records/record-schema';
import type { TeamSyncReport } from '../../shared/sync/team-sync-status';
import type { OfficerChange, OfficerLayer } from '../records/officer-layer';
import { readTeamChanges, type TeamFeedChange } from '../team/team-change-read';
import { writeTeamRecord } from '../team/team-record-write';
import { requireTeamSchema } from '../team/team-schema';
import { officerChangeSchema, type OutboxEntry } from './team-sync-files';
import type { TeamReplica } from './team-replica';


const pullBatch = 500;
const teamDetailSchema = officerChangeSchema.pick({ retired: true, articles: true, at: true, by: true });

/** A pulled change as the officer's layer takes it, checked: the team's database is a boundary too. */
function officerChangeOf(feed: TeamFeedChange, revision: number, basedOn: number): OfficerChange {
  const record = relationsRecordSchema.safeParse(feed.record);
  const detail = teamDetailSchema.safeParse(feed.detail);
  const issue = !record.success ? record.error.issues[0] : !detail.success ? detail.error.issues[0] : undefined;
  if (!record.success || !detail.success) {
    throw new AppError('team-change-invalid', { id: feed.recordId, seq: feed.seq, detail: `${issue?.path.join('.') ?? ''}: ${issue?.message ?? ''}` });
  }
  const { retired, ...rest } = detail.data;
  return { id: feed.recordId, country: record.data.country, revision, basedOn, record: record.data, ...(retired ? { retired } : {}), ...rest };
}

/** Takes one change of another desk's: as is when the local record is unchanged since the last agreement, else a conflict. */
async function applyFeedChange(officer: OfficerLayer, replica: TeamReplica, feed: TeamFeedChange): Promise<'applied' | 'conflict'> {
  const agreed = replica.synced(feed.recordId);
  const local = (await officer.detail(feed.recordId))?.mark.revision ?? 0;
  const result = await officer.applyTeamChange(officerChangeOf(feed, local + 1, agreed.local));
  if (result === 'applied') replica.agree(feed.recordId, { team: feed.revision, local: local + 1 });
  else {
    replica.agree(feed.recordId, { team: feed.revision, local: agreed.local });
    replica.dropPending(feed.recordId);
  }
  return result;
}

async function pull(client: ClientBase, officer: OfficerLayer, replica: TeamReplica, report: TeamSyncReport): Promise<void> {
  for (;;) {
    const batch = await readTeamChanges(client, replica.lastSeq, pullBatch);
    for (const feed of batch) {
      if (!replica.isOwn(feed.clientChangeId)) {
        report.pulled += 1;
        if ((await applyFeedChange(officer, replica, feed)) === 'conflict') report.conflicts += 1;
      }
      replica.advance(feed.seq);
    }
    await replica.flush();
    if (batch.length < pullBatch) return;
  }
}

const teamChangeOf = (entry: OutboxEntry) => {
  const { record, retired, articles, at, by } = entry.change;
  return {
    clientChangeId: entry.clientChangeId,
    recordId: entry.change.id,
    country: entry.change.country,
    revision: entry.teamRevision,
    basedOn: entry.teamBasedOn,
    record,
    retired: retired !== undefined,
    detail: { ...(retired ? { retired } : {}), articles, at, by },
  };
};

/**
 * Pushes the outbox, one transaction per entry, oldest first. A record with a team conflict awaiting the
 * officer is held back; one the server refuses as stale is held back too (true is returned: pull again, the
 * change that overtook it becomes a conflict). A country the role may not write stops its record's pushes;
 * the first such refusal is thrown once the others are pushed.
 */
async function push(client: ClientBase, officer: OfficerLayer, replica: TeamReplica, report: TeamSyncReport): Promise<boolean> {
  const held = new Set(officer.updates().filter((update) => update.from.kind === 'team').map((update) => update.id));
  let stale = false;
  let refused: unknown;
  for (const entry of [...replica.pending()]) {
    if (held.has(entry.change.id)) continue;
    try {
      const result = await writeTeamRecord(client, teamChangeOf(entry));
      if (result.status === 'stale') {
        held.add(entry.change.id);
        stale = true;
        continue;
      }
    } catch (error) {
      if (!(error instanceof AppError) || error.code !== 'team-write-refused') throw error;
      held.add(entry.change.id);
      refused ??= error;
      continue;
    }
    replica.pushed(entry);
    await replica.flush();
    report.pushed += 1;
  }
  if (refused) throw refused;
  return stale;
}

/**
 * One sync of the folder with the team: pull the changes after the last sequence seen (each taken, or a
 * conflict in the Updates list, `from: team`), then push the outbox. Nothing is overwritten on either side.
 */
export async function syncWithTeam(client: ClientBase, officer: OfficerLayer, replica: TeamReplica, now: () => Date = () => new Date()): Promise<TeamSyncReport> {
  await requireTeamSchema(client);
  await replica.flush();
  const report: TeamSyncReport = { pulled: 0, pushed: 0, conflicts: 0 };
  await pull(client, officer, replica, report);
  if (await push(client, officer, replica, report)) await pull(client, officer, replica, report);
  replica.markSynced(now().toISOString());
  await replica.flush();
  return report;
}
