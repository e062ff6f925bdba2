import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openDesk } from '../../core/desk';
import { createTestTeamDatabase, type TestTeamDatabase } from '../../core/team/testing/test-team-database';
import { runCliKeepingSecret } from '../testing/run-cli-keeping-secret';

let db: TestTeamDatabase;
let root: string;
beforeEach(async () => {
  db = await createTestTeamDatabase();
  root = await mkdtemp(path.join(os.tmpdir(), 'country-desk-sync-'));
});
afterEach(async () => {
  vi.unstubAllEnvs();
  await db.drop();
  await rm(root, { recursive: true, force: true });
});
/** A new data folder the CLI opens with the app's bundled dataset. */
const folder = (name: string) => ({ dataDir: path.join(root, name) });

const cli = (args: string[], password = 's3cret-pw') => runCliKeepingSecret(args, password);

const visit = {
  id: 'mine-mn-visit-cli00001',
  kind: 'visit' as const,
  country: 'MN',
  date: '2026-11-20',
  direction: 'from-vietnam' as const,
  level: 'official' as const,
  principal: { name: { vi: 'Nguyễn Văn Thử', en: 'Nguyen Van Thu', translation: 'ours' as const }, title: { vi: 'Thứ trưởng', en: 'Deputy Minister', translation: 'ours' as const }, country: 'VN' },
  counterparts: [],
  title: { vi: 'Thăm Ulaanbaatar', en: 'Visit to Ulaanbaatar', translation: 'ours' as const },
  summary: { vi: 'Bàn về khai khoáng.', en: 'Talks on mining.', translation: 'ours' as const },
  sources: [{ kind: 'knowledge' as const, passage: 'Tôi tham dự đoàn.', confidence: 'high' as const }],
};

describe('country-desk team join and sync', () => {
  it('join stores the folder’s team without the password; sync then needs no --team and prints pulled, pushed, conflicts', async () => {
    expect((await cli(['team', 'init', '--team', db.adminUrl])).code).toBe(0);
    const officer = await db.createOfficer('officer_a');
    expect((await cli(['team', 'assign', officer, 'MN', '--team', db.adminUrl])).code).toBe(0);
    const a = folder('a');
    const b = folder('b');
    const withPassword = db.urlAs(officer, 's3cret-pw');
    const joined = await cli(['team', 'join', withPassword, '--data', a.dataDir]);
    const stored = db.urlAs(officer, '');
    expect(joined).toEqual({
      code: 0,
      stdout: `This data folder now syncs with ${stored}. The password is not stored: give it in PGPASSWORD when you run 'country-desk sync'.`,
      stderr: '',
    });
    const file = await readFile(path.join(a.dataDir, 'team', 'team.json'), 'utf8');
    expect(JSON.parse(file)).toEqual({ schemaVersion: 1, url: stored });
    expect((await cli(['team', 'join', `${withPassword}?password=s3cret-pw`, '--data', b.dataDir])).code).toBe(0);
    expect(await readFile(path.join(b.dataDir, 'team', 'team.json'), 'utf8')).not.toContain('s3cret-pw');

    const desk = await openDesk({ dataDir: a.dataDir, access: 'write' });
    await desk.officer.add(visit, []);
    await desk.close();

    vi.stubEnv('COUNTRY_DESK_TEAM', '');
    vi.stubEnv('PGPASSWORD', 's3cret-pw');
    expect(await cli(['sync', '--data', a.dataDir])).toEqual({
      code: 0,
      stdout: 'Synced with the team: 0 pulled, 1 pushed, 0 conflicts (see the Updates list).',
      stderr: '',
    });
    const pulled = await cli(['sync', '--json', '--data', b.dataDir]);
    expect(JSON.parse(pulled.stdout)).toEqual({ pulled: 1, pushed: 0, conflicts: 0 });
    const onB = await openDesk({ dataDir: b.dataDir, access: 'read' });
    expect((await onB.officer.detail(visit.id))?.record.title.vi).toBe('Thăm Ulaanbaatar');
    await onB.close();
  });

  it('says how to name a team when the folder joined none', async () => {
    vi.stubEnv('COUNTRY_DESK_TEAM', '');
    const { dataDir } = folder('alone');
    expect(await cli(['sync', '--data', dataDir])).toEqual({
      code: 1,
      stdout: '',
      stderr: 'country-desk: No team database given: pass --team postgres://ROLE@HOST/DATABASE or set COUNTRY_DESK_TEAM.',
    });
  });
});
