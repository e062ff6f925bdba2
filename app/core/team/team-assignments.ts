import type { ClientBase } from 'pg';
import { AppError } from '../../shared/app-error';
import { inTeamTransaction } from './team-connection';

/**
 * Lets `role` write the countries `codes` (ISO codes, already checked): makes it a `country_desk_member`
 * and records the assignments; assigning a country twice changes nothing. The role must exist.
 */
export async function assignCountries(client: ClientBase, role: string, codes: readonly string[]): Promise<void> {
  const found = await client.query('SELECT 1 FROM pg_roles WHERE rolname = $1', [role]);
  if (found.rowCount === 0) throw new AppError('team-role-unknown', { role });
  await inTeamTransaction(client, async () => {
    await client.query(`GRANT country_desk_member TO ${client.escapeIdentifier(role)}`);
    await client.query('INSERT INTO team_assignments (role, country) SELECT $1, unnest($2::text[]) ON CONFLICT DO NOTHING', [role, codes]);
  });
}
