import { readFile, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Dataset, RelationsRecord } from '../../shared/records/record-schema';
import { openDesk, type Desk } from '../desk';
import { makeTestDataset, makeTestFolders } from '../testing/test-dataset';

const opened: Desk[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((desk) => desk.close()));
});

const vi = (text: string) => ({ vi: text, en: '', translation: 'missing' as const });

const mine: RelationsRecord = {
  id: 'mine-az-milestone-test0001',
  kind: 'milestone',
  country: 'AZ',
  date: '2026-10',
  title: vi('Tham vấn chính trị lần thứ nhất'),
  summary: vi('Hai bên tham vấn chính trị tại Baku.'),
  sources: [{ kind: 'document', title: 'Báo cáo chuyến công tác', number: '12/BC', confidence: 'high' }],
};

/** A newer pack: az-relations-1992 changed, by-trade-2024 changed, a record added. */
function newerPack(): Dataset {
  const pack = makeTestDataset('2026.2.1');
  const [relations, trade] = pack.records as [RelationsRecord, RelationsRecord];
  relations.summary = { ...relations.summary, en: 'Viet Nam and Azerbaijan established diplomatic relations on 23 September 1992.' };
  if (trade.kind === 'trade') trade.amount = { value: 151_000_000, currency: 'USD' };
  pack.records.push({ ...relations, id: 'az-milestone-2025', kind: 'milestone', date: '2025-01', title: { vi: 'Mốc mới', en: 'A new milestone', translation: 'ours' } });
  return pack;
}

async function folderBytes(dataDir: string): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  for (const name of await readdir(dataDir, { recursive: true })) {
    if (name.includes('backups') || name.endsWith('.lock') || name.startsWith('search-index')) continue;
    const text = await readFile(path.join(dataDir, name)).then((b) => b.toString('base64'), () => undefined);
    if (text !== undefined) files.set(name, text);
  }
  return files;
}

async function deskWithOfficerWork() {
  const { resourcesDir, dataDir, root } = await makeTestFolders();
  const desk = await openDesk({ dataDir, resourcesDir, access: 'write' });
  opened.push(desk);
  const relations = (await desk.records.findRecord('az-relations-1992'))!;
  await desk.officer.edit(relations.id, { ...relations, title: { ...relations.title, en: 'Relations established (edited)' } }, [], 0);
  await desk.officer.retire('by-trade-2024', 'Thay bằng số liệu của Bộ Công Thương.');
  await desk.officer.add(mine, []);
  const packFile = path.join(root, 'pack.json');
  await writeFile(packFile, JSON.stringify(newerPack()));
  return { desk, dataDir, packFile };
}

describe('a dataset pack import', () => {
  it('changes nothing on a dry run (every file byte-compared) and reports what it would do', async () => {
    const { desk, dataDir, packFile } = await deskWithOfficerWork();
    const before = await folderBytes(dataDir);
    const report = await desk.officer.importPack(packFile, { dryRun: true });
    expect(report).toMatchObject({
      fromVersion: '2026.1.1',
      toVersion: '2026.2.1',
      dryRun: true,
      added: ['az-milestone-2025'],
      changed: ['az-relations-1992', 'by-trade-2024'],
      removed: [],
      conflicts: ['az-relations-1992', 'by-trade-2024'],
    });
    expect(await folderBytes(dataDir)).toEqual(before);
    expect(desk.officer.updates()).toEqual([]);
  });

  it('never drops a record of the officer’s, keeps a retired record retired, and files the conflicts with the three versions', async () => {
    const { desk, packFile } = await deskWithOfficerWork();
    const theirsBefore = (await desk.referenceRecords.findRecord('az-relations-1992'));
    await desk.officer.importPack(packFile, { dryRun: false });
    expect(desk.records.datasetInfo().datasetVersion).toBe('2026.2.1');
    expect((await desk.records.findRecord(mine.id))).toEqual(mine);
    expect((await desk.records.findRecord('az-milestone-2025'))).toBeDefined();
    expect((await desk.records.findRecord('by-trade-2024'))).toBeUndefined();
    expect(desk.records.retired('BY').map((r) => r.record.id)).toEqual(['by-trade-2024']);
    expect((await desk.records.findRecord('az-relations-1992'))?.title.en).toBe('Relations established (edited)');

    const update = desk.officer.updates().find((u) => u.id === 'az-relations-1992')!;
    expect(update.theirsBefore).toEqual(theirsBefore);
    expect(update.theirsNow?.summary.en).toContain('on 23 September 1992');
    expect(update.mine.title.en).toBe('Relations established (edited)');
    expect(update.fields).toEqual(['summary', 'title']);
    expect(update.from).toEqual({ kind: 'dataset', fromVersion: '2026.1.1', toVersion: '2026.2.1' });
    expect(desk.officer.updates().find((u) => u.id === 'by-trade-2024')?.mineRetired?.reason).toBe('Thay bằng số liệu của Bộ Công Thương.');
  });

  it('resolves: keep mine rebases the edit, take theirs follows the reference, merge takes the chosen fields', async () => {
    const { desk, packFile } = await deskWithOfficerWork();
    await desk.officer.importPack(packFile, { dryRun: false });
    const merged = await desk.officer.resolve('az-relations-1992', { choice: 'merge', fields: { summary: 'theirs', title: 'mine' } });
    expect(merged.record.title.en).toBe('Relations established (edited)');
    expect(merged.record.summary.en).toContain('on 23 September 1992');
    expect(merged.history.at(-1)?.action).toBe('merged');
    expect(desk.officer.updates().map((u) => u.id)).toEqual(['by-trade-2024']);

    const kept = await desk.officer.resolve('by-trade-2024', { choice: 'mine' });
    expect(kept.retired).toBeDefined();
    expect(desk.officer.updates()).toEqual([]);
    await expect(desk.officer.resolve('by-trade-2024', { choice: 'mine' })).rejects.toMatchObject({ code: 'update-not-found' });

    // The same pack again: the merged and kept records are now based on it, so nothing conflicts.
    const again = await desk.officer.importPack(packFile, { dryRun: true });
    expect(again.conflicts).toEqual([]);
  });

  it('take theirs: the record follows the new reference and is no longer retired', async () => {
    const { desk, packFile } = await deskWithOfficerWork();
    await desk.officer.importPack(packFile, { dryRun: false });
    const taken = await desk.officer.resolve('by-trade-2024', { choice: 'theirs' });
    expect(taken.mark.origin).toBe('reference');
    expect(taken.retired).toBeUndefined();
    expect((await desk.records.findRecord('by-trade-2024'))).toEqual((await desk.referenceRecords.findRecord('by-trade-2024')));
    const relations = await desk.officer.resolve('az-relations-1992', { choice: 'theirs' });
    expect(relations.record.title.en).toBe('Diplomatic relations established');
  });
});
