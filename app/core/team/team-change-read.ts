import type { ClientBase } from 'pg';
import type { TeamRecordChange } from './team-record-write';

/** One change of the team's feed with the revision it made, as a desk pulls it: a pushed change and its place in the feed. */
export interface TeamFeedChange extends TeamRecordChange {
  seq: number;
}

/** The feed's changes after `afterSeq`, oldest first, at most `limit` of them. */
export async function readTeamChanges(client: ClientBase, afterSeq: number, limit: number): Promise<TeamFeedChange[]> {
  const { rows } = await client.query<Omit<TeamFeedChange, 'seq'> & { seq: string }>(
    `SELECT c.seq, c.client_change_id AS "clientChangeId", c.record_id AS "recordId", c.country, c.revision, c.based_on AS "basedOn",
       r.record, r.retired, r.detail
     FROM team_changes c JOIN team_revisions r ON r.record_id = c.record_id AND r.revision = c.revision
     WHERE c.seq > $1 ORDER BY c.seq LIMIT $2`,
    [afterSeq, limit],
  );
  return rows.map((row) => ({ ...row, seq: Number(row.seq) }));
}
