import type { ClientBase } from 'pg';
import { AppError } from '../../shared/app-error';
import { inTeamTransaction } from './team-connection';

/** One revision of a shared record, as an officer's desk pushes it. */
export interface TeamRecordChange {
  /** Made by the desk once per edit: pushing the same change again (after a timeout) adds nothing. */
  clientChangeId: string;
  recordId: string;
  country: string;
  /** The team's revision this change makes: `basedOn + 1`. */
  revision: number;
  /** The team's revision the change was made on (0: the team had no such record). */
  basedOn: number;
  record: unknown;
  retired: boolean;
  /** What the desk keeps beside the record (its retirement, cited articles, who and when). */
  detail: unknown;
}

/** What became of a push: written (its place in the feed), pushed before (same client change id), or refused as stale. */
export type TeamWriteResult = { status: 'written'; seq: number } | { status: 'duplicate' } | { status: 'stale'; teamRevision: number };

/** Serialises writers of the change feed, so that its sequence numbers become visible in the order given (tests hold it to stop a push midway). */
export const teamFeedLock = 0x43_44_46_31;
const insufficientPrivilege = '42501';
/** Raised by the schema's trigger for a change based on a revision that is not the record's (migration 2). */
const staleChange = 'CD409';

/**
 * Writes one change in one transaction: the record's current state, its revision, and its entry in the change
 * feed. A change pushed before is not written again; one based on an outdated revision is refused by the server
 * and overwrites nothing. Row-level security refuses a country not assigned to the connected role: `team-write-refused`.
 */
export async function writeTeamRecord(client: ClientBase, change: TeamRecordChange): Promise<TeamWriteResult> {
  try {
    return await inTeamTransaction(client, async () => {
      await client.query('SELECT pg_advisory_xact_lock($1)', [teamFeedLock]);
      const pushed = await client.query('SELECT 1 FROM team_changes WHERE client_change_id = $1', [change.clientChangeId]);
      if (pushed.rowCount) return { status: 'duplicate' } as const;
      const entry = await client.query<{ seq: string }>(
        'INSERT INTO team_changes (record_id, revision, based_on, country, client_change_id) VALUES ($1, $2, $3, $4, $5) RETURNING seq',
        [change.recordId, change.revision, change.basedOn, change.country, change.clientChangeId],
      );
      const values = [change.recordId, change.revision, change.country, JSON.stringify(change.record), change.retired];
      await client.query('INSERT INTO team_revisions (record_id, revision, country, record, retired, detail) VALUES ($1, $2, $3, $4, $5, $6)', [
        ...values,
        JSON.stringify(change.detail),
      ]);
      await client.query(
        `INSERT INTO team_records (id, revision, country, record, retired) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (id) DO UPDATE SET revision = EXCLUDED.revision, country = EXCLUDED.country, record = EXCLUDED.record,
           retired = EXCLUDED.retired, updated_by = current_user, updated_at = now()`,
        values,
      );
      return { status: 'written', seq: Number(entry.rows[0]!.seq) } as const;
    });
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === staleChange) return { status: 'stale', teamRevision: Number((error as { detail?: string }).detail ?? 0) };
    if (code !== insufficientPrivilege) throw error;
    const { rows } = await client.query<{ role: string }>('SELECT current_user AS role');
    throw new AppError('team-write-refused', { role: rows[0]?.role ?? '', country: change.country }, { cause: error });
  }
}
