import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createTestTeamDatabase, type TestTeamDatabase } from '../../core/team/testing/test-team-database';
import { runCliKeepingSecret } from '../testing/run-cli-keeping-secret';

let db: TestTeamDatabase;
beforeEach(async () => {
  db = await createTestTeamDatabase();
});
afterEach(async () => {
  vi.unstubAllEnvs();
  await db.drop();
});

const cli = (args: string[], password = 'test-password') => runCliKeepingSecret(args, password);

/** The database as its administrator, with a password in the URL (trust auth ignores it). */
const adminWithPassword = () => Object.assign(new URL(db.adminUrl), { password: 'admin-secret' }).toString();

describe('country-desk team', () => {
  it('init creates the schema, and a second run changes nothing; the password is masked', async () => {
    const first = await cli(['team', 'init', '--team', adminWithPassword()], 'admin-secret');
    expect(first).toMatchObject({ code: 0, stderr: '' });
    expect(first.stdout).toMatch(/^Team database postgres:\/\/postgres:\*\*\*@127\.0\.0\.1:\d+\/desk_\w+ is at schema version 2 \(was 0\)\.$/);
    const again = await cli(['team', 'init', '--team', adminWithPassword()], 'admin-secret');
    expect(again.stdout).toMatch(/is already at schema version 2; nothing changed\.$/);
  });

  it('takes the URL from COUNTRY_DESK_TEAM, and says how to give one when there is none', async () => {
    vi.stubEnv('COUNTRY_DESK_TEAM', '');
    const none = await cli(['team', 'status']);
    expect(none).toEqual({ code: 1, stdout: '', stderr: 'country-desk: No team database given: pass --team postgres://ROLE@HOST/DATABASE or set COUNTRY_DESK_TEAM.' });
    vi.stubEnv('COUNTRY_DESK_TEAM', db.adminUrl);
    expect(await cli(['team', 'init'])).toMatchObject({ code: 0, stdout: expect.stringContaining('is at schema version 2') });
  });

  it('refuses a schema newer than the app in plain words', async () => {
    await cli(['team', 'init', '--team', db.adminUrl]);
    const pg = await import('pg');
    const client = new pg.default.Client({ connectionString: db.adminUrl });
    await client.connect();
    await client.query('INSERT INTO team_schema_version (version) VALUES (99)');
    await client.end();
    for (const words of [['team', 'init'], ['team', 'status']]) {
      const refused = await cli([...words, '--team', db.adminUrl]);
      expect(refused).toEqual({
        code: 1,
        stdout: '',
        stderr: 'country-desk: The team database uses schema version 99, newer than this app understands (up to 2). Update Country Desk; nothing was changed.',
      });
    }
  });

  it('assign needs an existing role and partner countries; status lists members, countries and the feed', async () => {
    await cli(['team', 'init', '--team', db.adminUrl]);
    const missing = await cli(['team', 'assign', 'nobody_here', 'AZ', '--team', db.adminUrl]);
    expect(missing.stderr).toBe(
      "country-desk: There is no database role 'nobody_here'. Create the officer's login role first (CREATE ROLE … LOGIN), then assign countries.",
    );
    const officer = await db.createOfficer('officer_a');
    const reader = await db.createOfficer('reader', { member: true });
    const badCode = await cli(['team', 'assign', officer, 'AZ', 'XX', '--team', db.adminUrl]);
    expect(badCode).toMatchObject({ code: 1, stderr: expect.stringContaining('Unknown country code: XX') });
    expect(await cli(['team', 'assign', officer, 'az', 'RU', '--team', db.adminUrl])).toEqual({ code: 0, stdout: `${officer} may now write: AZ, RU.`, stderr: '' });
    await cli(['team', 'assign', officer, 'RU', '--team', db.adminUrl]);
    const status = await cli(['team', 'status', '--json', '--team', db.urlAs(reader, 'test-password')]);
    expect(status.code).toBe(0);
    expect(JSON.parse(status.stdout)).toEqual({
      url: expect.stringContaining(`postgres://${reader}:***@127.0.0.1:`),
      schemaVersion: 2,
      members: [
        { role: officer, countries: ['AZ', 'RU'] },
        { role: reader, countries: [] },
      ].sort((a, b) => a.role.localeCompare(b.role)),
      changes: { count: 0, lastSeq: 0 },
    });
    const text = await cli(['team', 'status', '--team', db.adminUrl]);
    expect(text.stdout.split('\n')).toEqual(expect.arrayContaining([`  ${officer}: AZ, RU`, `  ${reader}: no countries assigned (reads only)`, 'Change feed: 0 changes (last sequence 0)']));
  });

  it('says the database is not reachable, without the password', async () => {
    const unreachable = await cli(['team', 'status', '--team', 'postgres://officer:s3cret-pw@127.0.0.1:1/desk'], 's3cret-pw');
    expect(unreachable.code).toBe(1);
    expect(unreachable.stderr).toMatch(/^country-desk: Could not connect to the team database postgres:\/\/officer:\*\*\*@127\.0\.0\.1:1\/desk: /);
    const notPostgres = await cli(['team', 'init', '--team', 'https://user:s3cret-pw@example.org/'], 's3cret-pw');
    expect(notPostgres.stderr).toBe("country-desk: https://user:***@example.org/ is not a PostgreSQL address; it should look like postgres://ROLE@HOST:5432/DATABASE.");
  });
});
