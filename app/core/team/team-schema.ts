import type { ClientBase } from 'pg';
import { AppError } from '../../shared/app-error';
import { inTeamTransaction } from './team-connection';
import { teamMigrations, teamSchemaVersion } from './team-migrations';

/** One key for the advisory lock two `team init` runs take, so that they never migrate at once. */
const migrationLock = 0x43_44_54_31;

/** The schema version of the team's database: 0 before `team init`. */
export async function readTeamSchemaVersion(client: ClientBase): Promise<number> {
  const table = await client.query<{ exists: boolean }>("SELECT to_regclass('team_schema_version') IS NOT NULL AS exists");
  if (!table.rows[0]?.exists) return 0;
  const { rows } = await client.query<{ version: number | null }>('SELECT max(version) AS version FROM team_schema_version');
  return rows[0]?.version ?? 0;
}

function refuseNewer(version: number): void {
  if (version > teamSchemaVersion) throw new AppError('team-schema-newer', { version, supported: teamSchemaVersion });
}

/** The database's version, refused when `team init` has not run there or when it is newer than this app. */
export async function requireTeamSchema(client: ClientBase): Promise<number> {
  const version = await readTeamSchemaVersion(client);
  if (version === 0) throw new AppError('team-not-initialized');
  refuseNewer(version);
  return version;
}

/** Brings the schema up to this app's version in one transaction; already there, it changes nothing. */
export async function migrateTeamSchema(client: ClientBase): Promise<{ from: number; to: number }> {
  return inTeamTransaction(client, async () => {
    await client.query('SELECT pg_advisory_xact_lock($1)', [migrationLock]);
    await client.query('CREATE TABLE IF NOT EXISTS team_schema_version (version integer PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())');
    const from = await readTeamSchemaVersion(client);
    refuseNewer(from);
    for (const migration of teamMigrations.filter((m) => m.version > from)) {
      await client.query(migration.sql);
      await client.query('INSERT INTO team_schema_version (version) VALUES ($1)', [migration.version]);
    }
    return { from, to: teamSchemaVersion };
  });
}
