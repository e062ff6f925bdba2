import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppError } from '../../shared/app-error';
import { createNodeTranslator, describeAppError } from '../i18n/node-translator';
import { assignCountries } from './team-assignments';
import { connectTeam, type TeamConnection } from './team-connection';
import { teamSchemaVersion } from './team-migrations';
import { writeTeamRecord, type TeamRecordChange, type TeamWriteResult } from './team-record-write';
import { readTeamChanges } from './team-change-read';
import { migrateTeamSchema, requireTeamSchema } from './team-schema';
import { createTestTeamDatabase, type TestTeamDatabase } from './testing/test-team-database';

let db: TestTeamDatabase;
const open: TeamConnection[] = [];
async function connect(url: string): Promise<TeamConnection> {
  const team = await connectTeam(url);
  open.push(team);
  return team;
}

beforeEach(async () => {
  db = await createTestTeamDatabase();
});
afterEach(async () => {
  for (const team of open.splice(0)) await team.close();
  await db.drop();
});

const change = (overrides: Partial<TeamRecordChange>): TeamRecordChange => ({
  clientChangeId: 'change-1',
  recordId: 'az-visit-2024',
  country: 'AZ',
  revision: 1,
  basedOn: 0,
  record: { title: 'Visit' },
  retired: false,
  detail: {},
  ...overrides,
});

async function tables(team: TeamConnection): Promise<string[]> {
  const { rows } = await team.client.query<{ name: string }>(
    "SELECT tablename AS name FROM pg_tables WHERE tablename LIKE 'team_%' ORDER BY tablename",
  );
  return rows.map((row) => row.name);
}

describe('team schema migrations', () => {
  it('creates the schema once; run again, it changes nothing', async () => {
    const admin = await connect(db.adminUrl);
    expect(await migrateTeamSchema(admin.client)).toEqual({ from: 0, to: teamSchemaVersion });
    expect(await tables(admin)).toEqual(['team_assignments', 'team_changes', 'team_records', 'team_revisions', 'team_schema_version']);
    expect(await migrateTeamSchema(admin.client)).toEqual({ from: teamSchemaVersion, to: teamSchemaVersion });
    const versions = await admin.client.query('SELECT version FROM team_schema_version');
    expect(versions.rows).toEqual([{ version: 1 }, { version: 2 }]);
    const member = await admin.client.query("SELECT rolcanlogin FROM pg_roles WHERE rolname = 'country_desk_member'");
    expect(member.rows).toEqual([{ rolcanlogin: false }]);
  });

  it('refuses a schema newer than the app, changing nothing', async () => {
    const admin = await connect(db.adminUrl);
    await migrateTeamSchema(admin.client);
    await admin.client.query('INSERT INTO team_schema_version (version) VALUES ($1)', [teamSchemaVersion + 1]);
    const newer = { code: 'team-schema-newer', params: { version: teamSchemaVersion + 1, supported: teamSchemaVersion } };
    await expect(migrateTeamSchema(admin.client)).rejects.toMatchObject(newer);
    await expect(requireTeamSchema(admin.client)).rejects.toMatchObject(newer);
    const versions = await admin.client.query('SELECT count(*)::int AS n FROM team_schema_version');
    expect(versions.rows).toEqual([{ n: teamSchemaVersion + 1 }]);
  });

  it('refuses to work on a database without the schema', async () => {
    const admin = await connect(db.adminUrl);
    await expect(requireTeamSchema(admin.client)).rejects.toMatchObject({ code: 'team-not-initialized' });
  });
});

describe('a team connection', () => {
  it('survives the server ending it while idle: the next query is refused, the process goes on', async () => {
    const admin = await connect(db.adminUrl);
    const officer = await connect(db.adminUrl);
    const { rows } = await officer.client.query<{ pid: number }>('SELECT pg_backend_pid() AS pid');
    await admin.client.query('SELECT pg_terminate_backend($1)', [rows[0]!.pid]);
    await expect(officer.client.query('SELECT 1')).rejects.toThrow();
    await officer.close();
  });
});

describe('row-level security', () => {
  let officerA: TeamConnection;
  let officerB: TeamConnection;
  let roleA: string;
  beforeEach(async () => {
    const admin = await connect(db.adminUrl);
    await migrateTeamSchema(admin.client);
    roleA = await db.createOfficer('officer_a');
    const roleB = await db.createOfficer('officer_b', { member: true });
    await assignCountries(admin.client, roleA, ['AZ']);
    officerA = await connect(db.urlAs(roleA, 'test-password'));
    officerB = await connect(db.urlAs(roleB, 'test-password'));
  });

  it('lets an officer write an assigned country, and every member read it', async () => {
    const written = await writeTeamRecord(officerA.client, change({}));
    expect(written).toEqual({ status: 'written', seq: expect.any(Number) });
    const seen = await officerB.client.query('SELECT id, country, record, revision, updated_by FROM team_records');
    expect(seen.rows).toEqual([{ id: 'az-visit-2024', country: 'AZ', record: { title: 'Visit' }, revision: 1, updated_by: roleA }]);
    const revisions = await officerB.client.query('SELECT record_id, revision FROM team_revisions');
    expect(revisions.rows).toEqual([{ record_id: 'az-visit-2024', revision: 1 }]);
  });

  it('refuses a country not assigned to the officer with a clear message, leaving nothing behind', async () => {
    const refused = writeTeamRecord(officerA.client, change({ recordId: 'ru-talks', country: 'RU' }));
    await expect(refused).rejects.toMatchObject({ code: 'team-write-refused', params: { role: roleA, country: 'RU' } });
    const error = await refused.catch((caught: AppError) => caught);
    expect(describeAppError(createNodeTranslator()('en'), error as AppError)).toBe(
      `The team database refused the change: ${roleA} is not assigned to country RU. Ask the desk's administrator to run 'country-desk team assign ${roleA} RU'.`,
    );
    const left = await officerB.client.query('SELECT (SELECT count(*) FROM team_changes)::int AS changes, (SELECT count(*) FROM team_records)::int AS records');
    expect(left.rows).toEqual([{ changes: 0, records: 0 }]);
  });

  it('refuses an officer who is no member a read', async () => {
    const outsider = await connect(db.urlAs(await db.createOfficer('outsider'), 'test-password'));
    await expect(outsider.client.query('SELECT * FROM team_records')).rejects.toMatchObject({ code: '42501' });
  });

  it('keeps one change for a push repeated with the same client change id', async () => {
    const first = await writeTeamRecord(officerA.client, change({}));
    expect(await writeTeamRecord(officerA.client, change({ record: { title: 'Visit, pushed again' } }))).toEqual({ status: 'duplicate' });
    const feed = await officerB.client.query('SELECT seq::int, client_change_id FROM team_changes');
    expect(feed.rows).toEqual([{ seq: (first as { seq: number }).seq, client_change_id: 'change-1' }]);
    const records = await officerB.client.query('SELECT record FROM team_records');
    expect(records.rows).toEqual([{ record: { title: 'Visit' } }]);
  });

  it('numbers the change feed in increasing order, writers at once included', async () => {
    const writers = await Promise.all(Array.from({ length: 4 }, () => connect(db.urlAs(roleA, 'test-password'))));
    const seqOf = async (pushed: Promise<TeamWriteResult>) => {
      const result = await pushed;
      if (result.status !== 'written') throw new Error(`not written: ${result.status}`);
      return result.seq;
    };
    const together = await Promise.all(writers.map((writer, i) => seqOf(writeTeamRecord(writer.client, change({ clientChangeId: `c-${i}`, recordId: `r-${i}` })))));
    expect(new Set(together).size).toBe(4);
    const after = await seqOf(writeTeamRecord(officerA.client, change({ clientChangeId: 'c-after', recordId: 'r-after' })));
    const next = await seqOf(writeTeamRecord(officerA.client, change({ clientChangeId: 'c-next', recordId: 'r-after', revision: 2, basedOn: 1 })));
    expect(after).toBeGreaterThan(Math.max(...together));
    expect(next).toBeGreaterThan(after);
    const feed = await officerB.client.query<{ seq: string }>('SELECT seq FROM team_changes ORDER BY seq');
    expect(feed.rows.map((row) => Number(row.seq))).toEqual([...[...together].sort((a, b) => a - b), after, next]);
  });

  it('refuses a change based on an outdated revision on the server, overwriting nothing', async () => {
    await writeTeamRecord(officerA.client, change({ clientChangeId: 'a-1' }));
    await writeTeamRecord(officerA.client, change({ clientChangeId: 'a-2', revision: 2, basedOn: 1, record: { title: 'Second' } }));
    const stale = await writeTeamRecord(officerA.client, change({ clientChangeId: 'b-1', revision: 2, basedOn: 1, record: { title: 'Offline' } }));
    expect(stale).toEqual({ status: 'stale', teamRevision: 2 });
    const created = await writeTeamRecord(officerA.client, change({ clientChangeId: 'b-2', recordId: 'az-new', basedOn: 0 }));
    expect(created.status).toBe('written');
    const again = await writeTeamRecord(officerA.client, change({ clientChangeId: 'b-3', recordId: 'az-new', basedOn: 0 }));
    expect(again).toEqual({ status: 'stale', teamRevision: 1 });
    const records = await officerB.client.query("SELECT record, revision FROM team_records WHERE id = 'az-visit-2024'");
    expect(records.rows).toEqual([{ record: { title: 'Second' }, revision: 2 }]);
    const feed = await officerB.client.query('SELECT client_change_id FROM team_changes ORDER BY seq');
    expect(feed.rows.map((row: { client_change_id: string }) => row.client_change_id)).toEqual(['a-1', 'a-2', 'b-2']);
  });

  it('reads the feed after a sequence with each revision it made', async () => {
    const detail = { articles: [], at: '2026-12-01T10:00:00.000Z', by: 'Officer A' };
    await writeTeamRecord(officerA.client, change({ clientChangeId: 'a-1', detail }));
    const second = await writeTeamRecord(officerA.client, change({ clientChangeId: 'a-2', revision: 2, basedOn: 1, record: { title: 'Second' }, retired: true }));
    const all = await readTeamChanges(officerB.client, 0, 100);
    expect(all.map(({ clientChangeId, revision, basedOn, record, retired }) => ({ clientChangeId, revision, basedOn, record, retired }))).toEqual([
      { clientChangeId: 'a-1', revision: 1, basedOn: 0, record: { title: 'Visit' }, retired: false },
      { clientChangeId: 'a-2', revision: 2, basedOn: 1, record: { title: 'Second' }, retired: true },
    ]);
    expect(all[0]).toMatchObject({ recordId: 'az-visit-2024', country: 'AZ', detail });
    expect(await readTeamChanges(officerB.client, all[0]!.seq, 100)).toEqual([all[1]]);
    expect(all[1]!.seq).toBe((second as { seq: number }).seq);
    expect(await readTeamChanges(officerB.client, all[1]!.seq, 100)).toEqual([]);
  });
});
