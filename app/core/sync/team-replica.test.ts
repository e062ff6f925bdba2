import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { RelationsRecord } from '../../shared/records/record-schema';
import { openDesk, type Desk } from '../desk';
import { makeTestFolders } from '../testing/test-dataset';
import { writeJoinedTeam } from './team-join-file';

const opened: Desk[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((desk) => desk.close()));
});
async function open(folders: { dataDir: string; resourcesDir: string }) {
  const desk = await openDesk({ ...folders, access: 'write' });
  opened.push(desk);
  return desk;
}
async function close(desk: Desk) {
  opened.splice(opened.indexOf(desk), 1);
  await desk.close();
}

const vi = (text: string) => ({ vi: text, en: '', translation: 'missing' as const });
const visit: RelationsRecord = {
  id: 'mine-mn-visit-outbox01',
  kind: 'visit',
  country: 'MN',
  date: '2026-11-20',
  direction: 'from-vietnam',
  level: 'official',
  principal: { name: vi('Nguyễn Văn Thử'), title: vi('Thứ trưởng'), country: 'VN' },
  counterparts: [],
  title: vi('Thăm Ulaanbaatar'),
  summary: vi('Bàn về khai khoáng.'),
  sources: [{ kind: 'knowledge', passage: 'Tôi tham dự đoàn.', confidence: 'high' }],
};

describe('the team outbox', () => {
  it('is not kept for a folder that joined no team', async () => {
    const folders = await makeTestFolders();
    const desk = await open(folders);
    expect(desk.team).toBeUndefined();
    await desk.officer.add(visit, []);
    await close(desk);
    expect(await readdir(folders.dataDir)).not.toContain('team');
  });

  it('files every change of a joined folder, chained on the team revision, and keeps it across a restart', async () => {
    const folders = await makeTestFolders();
    await writeJoinedTeam(folders.dataDir, 'postgres://officer@db/desk');
    const desk = await open(folders);
    await desk.officer.add(visit, []);
    await desk.officer.edit(visit.id, { ...visit, title: vi('Thăm Ulaanbaatar, sửa') }, [], 1);
    await desk.officer.retire(visit.id, 'Trùng lặp');
    await close(desk);
    const file = JSON.parse(await readFile(path.join(folders.dataDir, 'team', 'outbox.json'), 'utf8'));
    const summary = (entries: { teamBasedOn: number; teamRevision: number; change: { revision: number; basedOn: number } }[]) =>
      entries.map((entry) => [entry.teamBasedOn, entry.teamRevision, entry.change.basedOn, entry.change.revision]);
    expect(summary(file.entries)).toEqual([
      [0, 1, 0, 1],
      [1, 2, 1, 2],
      [2, 3, 2, 3],
    ]);
    expect(new Set(file.entries.map((entry: { clientChangeId: string }) => entry.clientChangeId)).size).toBe(3);
    expect(file.entries[2].change.retired).toMatchObject({ reason: 'Trùng lặp' });

    const reopened = await open(folders);
    expect(summary([...reopened.team!.pending()])).toEqual(summary(file.entries));
  });
});
