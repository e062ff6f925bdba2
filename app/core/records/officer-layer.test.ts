import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { RelationsRecord } from '../../shared/records/record-schema';
import { openDesk, type Desk } from '../desk';
import { createHandlers } from '../handlers';
import { makeTestFolders } from '../testing/test-dataset';

const opened: Desk[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((desk) => desk.close()));
});

async function openTestDesk(folders?: { resourcesDir: string; dataDir: string }) {
  const { resourcesDir, dataDir } = folders ?? (await makeTestFolders());
  const desk = await openDesk({ dataDir, resourcesDir, access: 'write' });
  opened.push(desk);
  return { desk, handlers: createHandlers(desk), resourcesDir, dataDir };
}

async function closeDesk(desk: Desk) {
  opened.splice(opened.indexOf(desk), 1);
  await desk.close();
}

const vi = (text: string) => ({ vi: text, en: '', translation: 'missing' as const });

/** A visit to Mongolia, a partner with no reference records, written in Vietnamese only. */
const mongoliaVisit: RelationsRecord = {
  id: 'mine-mn-visit-test0001',
  kind: 'visit',
  country: 'MN',
  date: '2026-11-20',
  direction: 'from-vietnam',
  level: 'official',
  principal: { name: vi('Nguyễn Văn Thử'), title: vi('Thứ trưởng Ngoại giao'), country: 'VN' },
  counterparts: [],
  title: vi('Thứ trưởng thăm Ulaanbaatar'),
  summary: vi('Thứ trưởng Ngoại giao thăm chính thức Mông Cổ, bàn về hợp tác khai khoáng.'),
  sources: [{ kind: 'knowledge', passage: 'Tôi tham dự đoàn.', confidence: 'high' }],
};

describe('the officer layer', () => {
  it('adds a record of the officer’s to a country without records: saved in its own file, on the page, in search, with who and when', async () => {
    const { desk, handlers, resourcesDir, dataDir } = await openTestDesk();
    await handlers.updateSettings({ officerName: 'Trần Thị Cán Bộ' });
    const added = await handlers.addRecord({ record: mongoliaVisit, articles: [] });
    expect(added.mark).toMatchObject({ origin: 'mine', revision: 1, changedBy: 'Trần Thị Cán Bộ' });
    expect(added.history.map((r) => r.action)).toEqual(['added']);
    expect(Date.parse(added.mark.changedAt!)).not.toBeNaN();

    const onDisk = JSON.parse(await readFile(path.join(dataDir, 'records', 'mine', 'MN.json'), 'utf8'));
    expect(onDisk.entries.map((e: { id: string }) => e.id)).toEqual([mongoliaVisit.id]);
    const page = await handlers.getCountry({ code: 'MN' });
    expect(page.records.map((r) => r.id)).toEqual([mongoliaVisit.id]);
    expect(page.marks[mongoliaVisit.id]?.origin).toBe('mine');
    expect((await handlers.search({ query: 'khai khoáng' })).map((hit) => hit.id)).toContain(mongoliaVisit.id);
    expect(desk.records.findCountry('MN')?.name.en).toBe('Mongolia');

    await closeDesk(desk);
    const again = await openTestDesk({ resourcesDir, dataDir });
    expect((await again.desk.records.findRecord(mongoliaVisit.id))?.title.vi).toBe('Thứ trưởng thăm Ulaanbaatar');
    expect((await again.handlers.search({ query: 'khai khoáng' })).map((hit) => hit.id)).toContain(mongoliaVisit.id);
    await expect(again.handlers.addRecord({ record: mongoliaVisit, articles: [] })).rejects.toMatchObject({ code: 'record-exists' });
  });

  it('refuses a record citing an article the folder does not hold, and one for a country that is not a partner', async () => {
    const { handlers, dataDir } = await openTestDesk();
    const citing = { ...mongoliaVisit, sources: [{ article: 'art-nowhere', passage: 'Câu.', confidence: 'high' as const }] };
    await expect(handlers.addRecord({ record: citing, articles: [] })).rejects.toMatchObject({
      code: 'record-invalid',
      params: { detail: "record.sources.0.article: unknown article 'art-nowhere'" },
    });
    await expect(handlers.addRecord({ record: { ...mongoliaVisit, country: 'TW' }, articles: [] })).rejects.toMatchObject({ code: 'unknown-country' });
    await expect(readdir(path.join(dataDir, 'records', 'mine'))).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('edits a reference record with a revision, refuses a stale edit, and an undo makes it follow the reference again', async () => {
    const { desk, handlers } = await openTestDesk();
    const reference = (await desk.records.findRecord('az-relations-1992'))!;
    const changed = { ...reference, summary: { ...reference.summary, en: 'Relations established on 23 September 1992.' } };
    const edited = await handlers.editRecord({ id: reference.id, record: changed, articles: [], basedOn: 0 });
    expect(edited.mark).toMatchObject({ origin: 'edited', revision: 1 });
    expect(edited.reference).toEqual(reference);
    expect((await desk.records.findRecord(reference.id))?.summary.en).toBe('Relations established on 23 September 1992.');
    expect((await handlers.getCountry({ code: 'AZ' })).marks[reference.id]?.origin).toBe('edited');

    await expect(handlers.editRecord({ id: reference.id, record: reference, articles: [], basedOn: 0 })).rejects.toMatchObject({
      code: 'record-changed-meanwhile',
      params: { id: reference.id, revision: 1 },
    });

    const undone = await handlers.undoRecordChange({ id: reference.id });
    expect(undone.mark.origin).toBe('reference');
    expect(undone.record).toEqual(reference);
    expect(undone.history.map((r) => r.action)).toEqual(['edited', 'undone']);
    expect(undone.canUndo).toBe(false);
    expect((await desk.records.findRecord(reference.id))).toEqual(reference);
    await expect(handlers.undoRecordChange({ id: reference.id })).rejects.toMatchObject({ code: 'nothing-to-undo' });
  });

  it('retires a record out of the page and the search, lists it apart, restores it, and undoes the restore', async () => {
    const { desk, handlers } = await openTestDesk();
    const retired = await handlers.retireRecord({ id: 'by-trade-2024', reason: 'Số liệu đã được thay bằng báo cáo mới.' });
    expect(retired.retired?.reason).toBe('Số liệu đã được thay bằng báo cáo mới.');
    const page = await handlers.getCountry({ code: 'BY' });
    expect(page.records).toEqual([]);
    expect(page.retired.map((r) => r.record.id)).toEqual(['by-trade-2024']);
    expect((await desk.records.findRecord('by-trade-2024'))).toBeUndefined();
    expect((await handlers.search({ query: 'turnover' })).map((hit) => hit.id)).not.toContain('by-trade-2024');
    await expect(handlers.retireRecord({ id: 'by-trade-2024', reason: 'again' })).rejects.toMatchObject({ code: 'record-already-retired' });

    const restored = await handlers.restoreRecord({ id: 'by-trade-2024' });
    expect(restored.retired).toBeUndefined();
    expect((await handlers.getCountry({ code: 'BY' })).records.map((r) => r.id)).toEqual(['by-trade-2024']);
    expect((await handlers.search({ query: 'turnover' })).map((hit) => hit.id)).toContain('by-trade-2024');

    const undone = await handlers.undoRecordChange({ id: 'by-trade-2024' });
    expect(undone.retired?.reason).toBe('Số liệu đã được thay bằng báo cáo mới.');
    expect(undone.history.map((r) => r.action)).toEqual(['retired', 'restored', 'undone']);
    expect((await handlers.getCountry({ code: 'BY' })).retired.map((r) => r.record.id)).toEqual(['by-trade-2024']);
  });

  it('undoing the add of a record of the officer’s takes it out of the view and keeps its history', async () => {
    const { desk, handlers } = await openTestDesk();
    await handlers.addRecord({ record: mongoliaVisit, articles: [] });
    const undone = await handlers.undoRecordChange({ id: mongoliaVisit.id });
    expect(undone.canUndo).toBe(false);
    expect(undone.history.map((r) => r.action)).toEqual(['added', 'undone']);
    expect((await desk.records.findRecord(mongoliaVisit.id))).toBeUndefined();
    expect((await handlers.getCountry({ code: 'MN' })).records).toEqual([]);
    expect((await handlers.search({ query: 'khai khoáng' })).map((hit) => hit.id)).not.toContain(mongoliaVisit.id);
  });

  it('tells onChange of the officer’s own saves, and applies a team change or files it as a conflict', async () => {
    const { desk } = await openTestDesk();
    const told: number[] = [];
    const unsubscribe = desk.officer.onChange((change) => told.push(change.revision));
    await desk.officer.add(mongoliaVisit, []);
    expect(told).toEqual([1]);
    unsubscribe();

    const theirs = { ...mongoliaVisit, summary: vi('Bản của đồng nghiệp.') };
    const change = { id: mongoliaVisit.id, country: 'MN', revision: 2, basedOn: 1, record: theirs, articles: [], at: '2026-12-01T10:00:00.000Z', by: 'Đồng nghiệp' };
    expect(await desk.officer.applyTeamChange(change)).toBe('applied');
    expect((await desk.officer.detail(mongoliaVisit.id))?.mark).toMatchObject({ revision: 2, changedBy: 'Đồng nghiệp' });
    expect(told).toEqual([1]);

    const stale = { ...change, revision: 2, basedOn: 1, record: { ...theirs, summary: vi('Một bản khác.') } };
    expect(await desk.officer.applyTeamChange(stale)).toBe('conflict');
    expect((await desk.records.findRecord(mongoliaVisit.id))?.summary.vi).toBe('Bản của đồng nghiệp.');
    expect(desk.officer.updates()).toMatchObject([{ id: mongoliaVisit.id, from: { kind: 'team' }, fields: ['summary'], theirsNow: { summary: { vi: 'Một bản khác.' } } }]);
  });
});
