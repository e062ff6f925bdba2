import type { ClientBase } from 'pg';
import { requireTeamSchema } from './team-schema';

export interface TeamMember {
  role: string;
  countries: string[];
}

export interface TeamStatus {
  schemaVersion: number;
  members: TeamMember[];
  /** How many changes the feed holds, and the last sequence number given (0 when none). */
  changes: { count: number; lastSeq: number };
}

/** What `team status` shows: the schema version, every member with the countries they may write, the change feed's length. */
export async function readTeamStatus(client: ClientBase): Promise<TeamStatus> {
  const schemaVersion = await requireTeamSchema(client);
  const members = await client.query<TeamMember>(`
    SELECT r.rolname AS role, coalesce(array_agg(a.country ORDER BY a.country) FILTER (WHERE a.country IS NOT NULL), '{}') AS countries
    FROM pg_roles r
    JOIN pg_auth_members m ON m.member = r.oid AND m.roleid = (SELECT oid FROM pg_roles WHERE rolname = 'country_desk_member')
    LEFT JOIN team_assignments a ON a.role = r.rolname
    GROUP BY r.rolname ORDER BY r.rolname`);
  const changes = await client.query<{ count: string; last: string | null }>('SELECT count(*) AS count, max(seq) AS last FROM team_changes');
  const row = changes.rows[0];
  return { schemaVersion, members: members.rows, changes: { count: Number(row?.count ?? 0), lastSeq: Number(row?.last ?? 0) } };
}
