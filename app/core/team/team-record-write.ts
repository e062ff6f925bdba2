import type { ClientBase } from 'pg';
import { AppError } from '../../shared/app-error';
import { inTeamTransaction } from './team-connection';

/** One revision of a shared record, as an officer's desk pushes it. */
export interface TeamRecordChange {
  /** Made by the desk once per edit: pushing the same change again (after a timeout) adds nothing. */
  clientChangeId: string;
  recordId: string;
  country: string;
  revision: number;
  record: unknown;
  retired: boolean;
}

/** Serialises writers of the change feed, so that its sequence numbers become visible in the order given. */
const feedLock = 0x43_44_46_31;
const insufficientPrivilege = '42501';

/**
 * Writes one change in one transaction: the record's current state, its revision, and its entry in
 * the change feed. Resolves with the change's `seq`, or `undefined` when that client change id was already pushed.
 * Row-level security refuses a country not assigned to the connected role: `team-write-refused`.
 */
export async function writeTeamRecord(client: ClientBase, change: TeamRecordChange): Promise<number | undefined> {
  try {
    return await inTeamTransaction(client, async () => {
      await client.query('SELECT pg_advisory_xact_lock($1)', [feedLock]);
      const entry = await client.query<{ seq: string }>(
        'INSERT INTO team_changes (record_id, revision, country, client_change_id) VALUES ($1, $2, $3, $4) ON CONFLICT (client_change_id) DO NOTHING RETURNING seq',
        [change.recordId, change.revision, change.country, change.clientChangeId],
      );
      const seq = entry.rows[0]?.seq;
      if (seq === undefined) return undefined;
      const values = [change.recordId, change.revision, change.country, JSON.stringify(change.record), change.retired];
      await client.query('INSERT INTO team_revisions (record_id, revision, country, record, retired) VALUES ($1, $2, $3, $4, $5)', values);
      await client.query(
        `INSERT INTO team_records (id, revision, country, record, retired) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (id) DO UPDATE SET revision = EXCLUDED.revision, country = EXCLUDED.country, record = EXCLUDED.record,
           retired = EXCLUDED.retired, updated_by = current_user, updated_at = now()`,
        values,
      );
      return Number(seq);
    });
  } catch (error) {
    if ((error as { code?: string }).code !== insufficientPrivilege) throw error;
    const { rows } = await client.query<{ role: string }>('SELECT current_user AS role');
    throw new AppError('team-write-refused', { role: rows[0]?.role ?? '', country: change.country }, { cause: error });
  }
}
