import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readJoinedTeam } from '../../core/sync/team-join-file';
import { runCliKeepingSecret } from '../testing/run-cli-keeping-secret';

let dataDir: string;
beforeEach(async () => {
  dataDir = await mkdtemp(path.join(os.tmpdir(), 'country-desk-join-'));
});
afterEach(async () => {
  await rm(dataDir, { recursive: true, force: true });
});

describe('country-desk team join', () => {
  it('stores the data folder’s team without its password, and says where the password comes from', async () => {
    const joined = await runCliKeepingSecret(['team', 'join', 'postgres://officer:s3cret-pw@db.example.org:5432/desk?sslmode=require', '--data', dataDir], 's3cret-pw');
    const url = 'postgres://officer@db.example.org:5432/desk?sslmode=require';
    expect(joined).toEqual({
      code: 0,
      stdout: `This data folder now syncs with ${url}. The password is not stored: give it in PGPASSWORD when you run 'country-desk sync'.`,
      stderr: '',
    });
    expect(JSON.parse(await readFile(path.join(dataDir, 'team', 'team.json'), 'utf8'))).toEqual({ schemaVersion: 1, url });
    expect(await readJoinedTeam(dataDir)).toBe(url);
  });

  it('refuses an address that is not PostgreSQL, storing nothing', async () => {
    const refused = await runCliKeepingSecret(['team', 'join', 'https://user:s3cret-pw@example.org/', '--data', dataDir], 's3cret-pw');
    expect(refused).toEqual({
      code: 1,
      stdout: '',
      stderr: "country-desk: https://user:***@example.org/ is not a PostgreSQL address; it should look like postgres://ROLE@HOST:5432/DATABASE.",
    });
    expect(await readJoinedTeam(dataDir)).toBeUndefined();
  });
});
