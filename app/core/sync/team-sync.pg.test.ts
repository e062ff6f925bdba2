import { readFile } from 'node:fs/promises';
import path from 'node:path';
import pg from 'pg';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AppError } from '../../shared/app-error';
import type { RelationsRecord } from '../../shared/records/record-schema';
import { openDesk, type Desk } from '../desk';
import { createNodeTranslator, describeAppError } from '../i18n/node-translator';
import { assignCountries } from '../team/team-assignments';
import { connectTeam } from '../team/team-connection';
import { teamFeedLock, writeTeamRecord } from '../team/team-record-write';
import { migrateTeamSchema } from '../team/team-schema';
import { createTestTeamDatabase, type TestTeamDatabase } from '../team/testing/test-team-database';
import { makeTestFolders } from '../testing/test-dataset';
import { createHandlers } from '../handlers';
import { runTeamSync } from './run-team-sync';
import { syncWithTeam } from './team-sync';
import { writeJoinedTeam } from './team-join-file';

let db: TestTeamDatabase;
let admin: pg.Client;
let roleA: string;
let roleB: string;
const opened: Desk[] = [];

beforeEach(async () => {
  db = await createTestTeamDatabase();
  admin = new pg.Client({ connectionString: db.adminUrl });
  await admin.connect();
  await migrateTeamSchema(admin);
  roleA = await db.createOfficer('officer_a');
  roleB = await db.createOfficer('officer_b');
  await assignCountries(admin, roleA, ['MN']);
  await assignCountries(admin, roleB, ['MN']);
});
afterEach(async () => {
  await Promise.all(opened.splice(0).map((desk) => desk.close()));
  await admin.end();
  await db.drop();
});

/** A data folder that joined the team as `role`, opened for writing. */
async function joinedDesk(role: string) {
  const { dataDir, resourcesDir } = await makeTestFolders();
  await writeJoinedTeam(dataDir, db.urlAs(role, ''));
  const open = async () => {
    const desk = await openDesk({ dataDir, resourcesDir, access: 'write' });
    opened.push(desk);
    return desk;
  };
  const close = async (desk: Desk) => {
    opened.splice(opened.indexOf(desk), 1);
    await desk.close();
  };
  return { dataDir, role, open, close, desk: await open() };
}
type JoinedDesk = Awaited<ReturnType<typeof joinedDesk>>;

async function sync(desk: Desk, role: string) {
  const team = await connectTeam(db.urlAs(role, 'test-password'));
  try {
    return await syncWithTeam(team.client, desk.officer, desk.team!);
  } finally {
    await team.close();
  }
}

const vi = (text: string) => ({ vi: text, en: '', translation: 'missing' as const });
const visit = (id: string, title: string, country = 'MN'): RelationsRecord => ({
  id,
  kind: 'visit',
  country,
  date: '2026-11-20',
  direction: 'from-vietnam',
  level: 'official',
  principal: { name: vi('Nguyễn Văn Thử'), title: vi('Thứ trưởng Ngoại giao'), country: 'VN' },
  counterparts: [],
  title: vi(title),
  summary: vi('Bàn về hợp tác khai khoáng.'),
  sources: [{ kind: 'knowledge', passage: 'Tôi tham dự đoàn.', confidence: 'high' }],
});

async function edit(desk: Desk, id: string, title: string) {
  const current = (await desk.officer.detail(id))!;
  return desk.officer.edit(id, { ...current.record, title: vi(title) }, [], current.mark.revision);
}
const titleOn = async (desk: Desk, id: string) => (await desk.officer.detail(id))?.record.title.vi;
const feedCount = async () => Number((await admin.query('SELECT count(*) AS n FROM team_changes')).rows[0].n);

/** A and B both hold `id` (added on A, synced to B). */
async function shared(a: JoinedDesk, b: JoinedDesk, id: string) {
  await a.desk.officer.add(visit(id, 'Bản đầu'), []);
  await sync(a.desk, a.role);
  await sync(b.desk, b.role);
}

describe('sync through the team database', () => {
  it('carries a record added on A to B, from an outbox that survives a restart, and an edit on B back to A', async () => {
    const a = await joinedDesk(roleA);
    const b = await joinedDesk(roleB);
    const id = 'mine-mn-visit-sync0001';
    await a.desk.officer.add(visit(id, 'Thăm Ulaanbaatar'), []);
    await a.close(a.desk);
    const outbox = JSON.parse(await readFile(path.join(a.dataDir, 'team', 'outbox.json'), 'utf8'));
    expect(outbox.entries).toEqual([
      expect.objectContaining({ clientChangeId: expect.stringMatching(/^[0-9a-f-]{36}:[0-9a-f-]{36}$/), teamBasedOn: 0, teamRevision: 1 }),
    ]);
    expect(outbox.entries[0].change).toMatchObject({ id, revision: 1, basedOn: 0 });

    const reopened = await a.open();
    expect(await sync(reopened, roleA)).toEqual({ pulled: 0, pushed: 1, conflicts: 0 });
    expect(reopened.team!.pending()).toEqual([]);
    expect(await titleOn(b.desk, id)).toBeUndefined();
    expect(await sync(b.desk, roleB)).toEqual({ pulled: 1, pushed: 0, conflicts: 0 });
    expect(await titleOn(b.desk, id)).toBe('Thăm Ulaanbaatar');
    expect(b.desk.records.findCountry('MN')).toBeDefined();

    await edit(b.desk, id, 'Thăm Ulaanbaatar, sửa trên B');
    expect(await sync(b.desk, roleB)).toEqual({ pulled: 0, pushed: 1, conflicts: 0 });
    expect(await sync(reopened, roleA)).toEqual({ pulled: 1, pushed: 0, conflicts: 0 });
    expect(await titleOn(reopened, id)).toBe('Thăm Ulaanbaatar, sửa trên B');
    expect(await sync(reopened, roleA)).toEqual({ pulled: 0, pushed: 0, conflicts: 0 });
    expect(await feedCount()).toBe(2);
  });

  it('makes two offline edits of one record a conflict in the Updates list, resolved by keeping mine or taking theirs', async () => {
    const a = await joinedDesk(roleA);
    const b = await joinedDesk(roleB);
    const id = 'mine-mn-visit-sync0002';
    await shared(a, b, id);

    await edit(a.desk, id, 'Bản của A');
    await edit(b.desk, id, 'Bản của B');
    expect(await sync(a.desk, roleA)).toEqual({ pulled: 0, pushed: 1, conflicts: 0 });
    expect(await sync(b.desk, roleB)).toEqual({ pulled: 1, pushed: 0, conflicts: 1 });
    expect(await titleOn(b.desk, id)).toBe('Bản của B');
    const [update] = b.desk.officer.updates();
    expect(update).toMatchObject({ id, from: { kind: 'team' }, mine: { title: vi('Bản của B') }, theirsNow: { title: vi('Bản của A') }, fields: ['title'] });
    expect((await admin.query('SELECT record FROM team_records WHERE id = $1', [id])).rows[0].record.title.vi).toBe('Bản của A');
    expect(await sync(b.desk, roleB)).toEqual({ pulled: 0, pushed: 0, conflicts: 0 });

    await b.desk.officer.resolve(id, { choice: 'mine' });
    expect(await sync(b.desk, roleB)).toEqual({ pulled: 0, pushed: 1, conflicts: 0 });
    expect(await sync(a.desk, roleA)).toEqual({ pulled: 1, pushed: 0, conflicts: 0 });
    expect(await titleOn(a.desk, id)).toBe('Bản của B');

    await edit(a.desk, id, 'A lần hai');
    await edit(b.desk, id, 'B lần hai');
    await sync(a.desk, roleA);
    expect(await sync(b.desk, roleB)).toMatchObject({ conflicts: 1 });
    await b.desk.officer.resolve(id, { choice: 'theirs' });
    expect(b.desk.officer.updates()).toEqual([]);
    await sync(b.desk, roleB);
    await sync(a.desk, roleA);
    expect(await titleOn(b.desk, id)).toBe('A lần hai');
    expect(await titleOn(a.desk, id)).toBe('A lần hai');
    expect(a.desk.officer.updates()).toEqual([]);
  });

  it('writes a change once when it is pushed again, as after a timeout that hid the first push', async () => {
    const a = await joinedDesk(roleA);
    const b = await joinedDesk(roleB);
    const id = 'mine-mn-visit-sync0003';
    await a.desk.officer.add(visit(id, 'Một lần'), []);
    await a.desk.team!.flush();
    const [entry] = a.desk.team!.pending();
    const officerA = await connectTeam(db.urlAs(roleA, 'test-password'));
    const { record, articles, at, by } = entry!.change;
    const first = await writeTeamRecord(officerA.client, {
      clientChangeId: entry!.clientChangeId,
      recordId: id,
      country: 'MN',
      revision: 1,
      basedOn: 0,
      record,
      retired: false,
      detail: { articles, at, by },
    });
    await officerA.close();
    expect(first.status).toBe('written');
    expect(await sync(a.desk, roleA)).toEqual({ pulled: 0, pushed: 1, conflicts: 0 });
    expect(await feedCount()).toBe(1);
    expect(await sync(b.desk, roleB)).toEqual({ pulled: 1, pushed: 0, conflicts: 0 });
    expect(await titleOn(b.desk, id)).toBe('Một lần');
  });

  it('keeps the outbox when the connection is killed mid-push; the retry neither loses nor doubles a change', async () => {
    const a = await joinedDesk(roleA);
    const id = 'mine-mn-visit-sync0004';
    await a.desk.officer.add(visit(id, 'Giữa chừng'), []);
    await admin.query('SELECT pg_advisory_lock($1)', [teamFeedLock]);
    const interrupted = sync(a.desk, roleA);
    let pid: number | undefined;
    while (pid === undefined) {
      const waiting = await admin.query("SELECT pid FROM pg_stat_activity WHERE usename = $1 AND wait_event = 'advisory'", [roleA]);
      pid = waiting.rows[0]?.pid;
    }
    await admin.query('SELECT pg_terminate_backend($1)', [pid]);
    await admin.query('SELECT pg_advisory_unlock($1)', [teamFeedLock]);
    await expect(interrupted).rejects.toThrow();
    expect(a.desk.team!.pending()).toHaveLength(1);
    expect(await feedCount()).toBe(0);

    expect(await sync(a.desk, roleA)).toEqual({ pulled: 0, pushed: 1, conflicts: 0 });
    expect(await sync(a.desk, roleA)).toEqual({ pulled: 0, pushed: 0, conflicts: 0 });
    expect(await feedCount()).toBe(1);
  });

  it('refuses a country not assigned to the officer with a clear message, keeping that change and pushing the others', async () => {
    const a = await joinedDesk(roleA);
    await a.desk.officer.add(visit('mine-kz-visit-sync0005', 'Không được phân công', 'KZ'), []);
    await a.desk.officer.add(visit('mine-mn-visit-sync0006', 'Được phân công'), []);
    const refused = await sync(a.desk, roleA).catch((error: AppError) => error);
    expect(refused).toMatchObject({ code: 'team-write-refused', params: { role: roleA, country: 'KZ' } });
    expect(describeAppError(createNodeTranslator()('vi'), refused as AppError)).toBe(
      `Cơ sở dữ liệu của nhóm từ chối thay đổi: ${roleA} không được phân công quốc gia KZ. Hãy nhờ người quản trị chạy 'country-desk team assign ${roleA} KZ'.`,
    );
    expect(a.desk.team!.pending().map((entry) => entry.change.id)).toEqual(['mine-kz-visit-sync0005']);
    expect((await admin.query('SELECT id FROM team_records')).rows).toEqual([{ id: 'mine-mn-visit-sync0006' }]);
  });

  it('turns a push the server refuses as stale (another desk pushed between its pull and its push) into a conflict, overwriting nothing', async () => {
    const a = await joinedDesk(roleA);
    const b = await joinedDesk(roleB);
    const id = 'mine-mn-visit-sync0007';
    await shared(a, b, id);
    await edit(b.desk, id, 'Bản của B');
    const theirs = (await a.desk.officer.detail(id))!;
    await admin.query('SELECT pg_advisory_lock($1)', [teamFeedLock]);
    const racing = sync(b.desk, roleB);
    while ((await admin.query("SELECT 1 FROM pg_stat_activity WHERE usename = $1 AND wait_event = 'advisory'", [roleB])).rowCount === 0);
    const overtaking = { ...theirs.record, title: vi('Bản vượt lên') };
    const detail = { articles: [], at: '2026-12-01T10:00:00.000Z', by: 'Officer A' };
    const change = { clientChangeId: 'another-desk:1', recordId: id, country: 'MN', revision: 2, basedOn: 1, record: overtaking, retired: false, detail };
    expect((await writeTeamRecord(admin, change)).status).toBe('written');
    await admin.query('SELECT pg_advisory_unlock($1)', [teamFeedLock]);
    expect(await racing).toEqual({ pulled: 1, pushed: 0, conflicts: 1 });
    expect(await titleOn(b.desk, id)).toBe('Bản của B');
    expect(b.desk.officer.updates()).toEqual([expect.objectContaining({ id, theirsNow: overtaking, mine: expect.objectContaining({ title: vi('Bản của B') }) })]);
    expect((await admin.query('SELECT record FROM team_records WHERE id = $1', [id])).rows[0].record.title.vi).toBe('Bản vượt lên');
    expect(b.desk.team!.pending()).toEqual([]);
  });

  it('tells the app when it last synced, what is pending and why the last sync failed', async () => {
    const a = await joinedDesk(roleA);
    const handlers = createHandlers(a.desk);
    await a.desk.officer.add(visit('mine-mn-visit-sync0008', 'Trạng thái'), []);
    expect(await handlers.getTeamSyncStatus({})).toEqual({ joined: true, url: db.urlAs(roleA, ''), pending: 1 });

    process.env.COUNTRY_DESK_TEAM = db.urlAs(roleA, 'test-password').replace(/:\d+\//, ':1/');
    try {
      await expect(handlers.syncTeam({})).rejects.toMatchObject({ code: 'team-unreachable' });
    } finally {
      delete process.env.COUNTRY_DESK_TEAM;
    }
    const failed = await handlers.getTeamSyncStatus({});
    expect(failed).toMatchObject({ pending: 1, lastError: { code: 'team-unreachable', at: expect.any(String) } });
    expect(JSON.stringify(failed)).not.toContain('test-password');
    expect(failed.lastSyncedAt).toBeUndefined();

    process.env.PGPASSWORD = 'test-password';
    try {
      expect(await handlers.syncTeam({})).toEqual({ pulled: 0, pushed: 1, conflicts: 0 });
    } finally {
      delete process.env.PGPASSWORD;
    }
    const synced = await handlers.getTeamSyncStatus({});
    expect(synced).toEqual({ joined: true, url: db.urlAs(roleA, ''), pending: 0, lastSyncedAt: expect.any(String) });
  });

  it('records a connection killed mid-push as an interrupted sync in plain words', async () => {
    const a = await joinedDesk(roleA);
    await a.desk.officer.add(visit('mine-mn-visit-sync0009', 'Đứt kết nối'), []);
    await admin.query('SELECT pg_advisory_lock($1)', [teamFeedLock]);
    const interrupted = runTeamSync(db.urlAs(roleA, 'test-password'), a.desk.officer, a.desk.team!);
    while ((await admin.query("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = $1 AND wait_event = 'advisory'", [roleA])).rowCount === 0);
    await admin.query('SELECT pg_advisory_unlock($1)', [teamFeedLock]);
    const error = await interrupted.catch((caught: AppError) => caught);
    expect(error).toMatchObject({ code: 'team-sync-interrupted' });
    expect(describeAppError(createNodeTranslator()('en'), error as AppError)).toMatch(
      /^The sync with the team database postgres:\/\/officer_a_\w+:\*\*\*@127\.0\.0\.1:\d+\/desk_\w+ was interrupted: .+\. What was sent before stays sent; the rest waits in the outbox and goes with the next sync\.$/,
    );
    expect(a.desk.team!.lastError).toMatchObject({ code: 'team-sync-interrupted' });
  });
});
