import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDesk, type Desk } from '../desk';
import { createHandlers } from '../handlers';
import { importDataset } from '../records/import-dataset';
import { ageReferenceLayer, readReferenceIndex, referenceLayerFiles } from '../testing/reference-layer-files';
import { makeTestDataset, makeTestFolders } from '../testing/test-dataset';
import { REVISION_INTERVAL_MS } from '../../shared/notes/note-schema';
import { buildNotesExport, serializeNotesExport } from './notes-exchange';
import { noteToMarkdown, writeNotesAsMarkdown } from './notes-markdown-export';
import { toNoteView } from './to-note-view';

/** Every file under the data folder's notes/ (previous copies included), with its bytes. */
async function notesFolderBytes(dataDir: string): Promise<Map<string, Buffer>> {
  const dir = path.join(dataDir, 'notes');
  const files = (await readdir(dir, { recursive: true, withFileTypes: true })).filter((entry) => entry.isFile());
  return new Map(
    await Promise.all(
      files.map(async (entry) => {
        const file = path.join(entry.parentPath, entry.name);
        return [path.relative(dir, file), await readFile(file)] as const;
      }),
    ),
  );
}

/** Each note's own file: what must survive byte for byte. */
async function noteFileBytes(dataDir: string): Promise<Map<string, Buffer>> {
  return new Map([...(await notesFolderBytes(dataDir))].filter(([name]) => !name.includes('backups')));
}

const PAST = new Date('2020-01-01T00:00:00Z');
const clockFrom = (iso: string) => {
  let time = Date.parse(iso);
  return { now: () => new Date(time), advance: (ms: number) => (time += ms) };
};

async function deskWithNotes(): Promise<{ desk: Desk; dataDir: string; resourcesDir: string; clock: ReturnType<typeof clockFrom> }> {
  const { dataDir, resourcesDir } = await makeTestFolders();
  const clock = clockFrom('2026-11-20T09:00:00.000Z');
  const desk = await openDesk({ dataDir, resourcesDir, access: 'write', now: clock.now });
  const handlers = createHandlers(desk);
  await handlers.saveNote({ id: 'note-az-dinner-0001', country: 'AZ', recordId: 'az-relations-1992', body: 'Đại sứ nhắc **Hiệp định dầu khí** trong bữa tối.', tags: ['dầu khí'], pinned: true });
  await handlers.saveNote({ id: 'note-az-country-0002', country: 'AZ', body: 'Không nêu vấn đề Karabakh.', tags: ['nhạy cảm'], pinned: false });
  await handlers.saveNote({ id: 'note-by-trade-0003', country: 'BY', recordId: 'by-trade-2024', body: 'Bộ trưởng thích trích số 150 triệu USD.', tags: [], pinned: false });
  clock.advance(REVISION_INTERVAL_MS * 2);
  await handlers.saveNote({ id: 'note-by-trade-0003', country: 'BY', recordId: 'by-trade-2024', body: 'Bộ trưởng thích trích số 150 triệu USD (2024).', tags: ['số liệu'], pinned: false });
  await handlers.saveNote({ id: 'note-by-trash-0004', country: 'BY', body: 'Nháp bỏ đi', tags: [], pinned: false });
  await handlers.deleteNote({ id: 'note-by-trash-0004' });
  return { desk, dataDir, resourcesDir, clock };
}

describe('notes in the data folder', () => {
  it('saving a note does not rewrite the reference records (bytes and mtime)', async () => {
    const { dataDir, resourcesDir } = await makeTestFolders();
    const desk = await openDesk({ dataDir, resourcesDir, access: 'write' });
    // A past mtime set by hand: any rewrite (in place or by rename) leaves a file with a newer one, or a new inode.
    await ageReferenceLayer(dataDir, PAST);
    const before = await referenceLayerFiles(dataDir);

    const handlers = createHandlers(desk);
    await handlers.saveNote({ id: 'note-records-untouched', country: 'AZ', recordId: 'az-relations-1992', body: 'Ghi chú', tags: [], pinned: false });
    await handlers.saveNote({ id: 'note-records-untouched', country: 'AZ', body: 'Ghi chú, sửa lại', tags: ['a'], pinned: true });
    await handlers.deleteNote({ id: 'note-records-untouched' });
    await desk.close();

    expect(await referenceLayerFiles(dataDir)).toEqual(before);
    expect(await readdir(path.join(dataDir, 'notes'))).toContain('note-records-untouched.json');
  });

  it('refuses a new note on an unknown country or record', async () => {
    const { desk } = await deskWithNotes();
    const handlers = createHandlers(desk);
    await expect(handlers.saveNote({ id: 'note-unknown-country', country: 'XX', body: 'x', tags: [], pinned: false })).rejects.toMatchObject({ code: 'unknown-country' });
    await expect(handlers.saveNote({ id: 'note-unknown-record', country: 'AZ', recordId: 'az-nothing', body: 'x', tags: [], pinned: false })).rejects.toMatchObject({ code: 'unknown-record' });
    await expect(handlers.saveNote({ id: 'note-wrong-country', country: 'AZ', recordId: 'by-trade-2024', body: 'x', tags: [], pinned: false })).rejects.toMatchObject({ code: 'unknown-record' });
    await desk.close();
  });

  it('a dataset update keeps every note byte for byte, and marks the note whose record was removed', async () => {
    const { desk, dataDir, resourcesDir } = await deskWithNotes();
    await desk.close();
    const before = await noteFileBytes(dataDir);

    const newer = makeTestDataset('2026.2.1');
    newer.records = newer.records.filter((record) => record.id !== 'az-relations-1992');
    await writeFile(path.join(resourcesDir, 'dataset', 'dataset.json'), JSON.stringify(newer));
    const updated = await openDesk({ dataDir, resourcesDir, access: 'write' });
    expect(updated.records.datasetInfo().datasetVersion).toBe('2026.2.1');
    await updated.close();
    expect(await noteFileBytes(dataDir)).toEqual(before);

    const reader = await openDesk({ dataDir, resourcesDir, access: 'read' });
    const handlers = createHandlers(reader);
    const countryNotes = await handlers.listNotes({ country: 'AZ', countryLevel: true });
    expect(countryNotes.notes.map((n) => [n.id, n.recordRemoved])).toEqual([
      ['note-az-dinner-0001', true],
      ['note-az-country-0002', false],
    ]);
    expect((await handlers.listNotes({ recordId: 'by-trade-2024' })).notes[0]).toMatchObject({ recordRemoved: false, recordTitle: { en: 'Trade turnover 2024' } });
    await reader.close();
  });

  it('imports a good dataset file after a backup, and never touches the notes', async () => {
    const { desk, dataDir } = await deskWithNotes();
    const root = path.dirname(dataDir);
    const notesBefore = await noteFileBytes(dataDir);
    const newer = makeTestDataset('2026.3.0');
    newer.records = newer.records.filter((record) => record.id !== 'by-trade-2024');
    const file = path.join(root, 'update.json');
    await writeFile(file, JSON.stringify(newer));

    const report = await importDataset(desk, file);
    expect(report).toEqual({ fromVersion: '2026.1.1', toVersion: '2026.3.0', countries: 2, records: 1, notesOnRemovedRecords: 1 });
    await desk.close();
    expect((await readReferenceIndex(dataDir)).datasetVersion).toBe('2026.3.0');
    expect((await readdir(path.join(dataDir, 'backups'))).some((name) => name.startsWith('reference.2026.1.1.'))).toBe(true);
    expect(await noteFileBytes(dataDir)).toEqual(notesBefore);
  });

  it.each([
    ['not JSON', '{"schemaVersion": 1, "datasetVersion": '],
    ['a record without sources', JSON.stringify({ ...makeTestDataset('2026.9.9'), records: [{ ...makeTestDataset().records[0], sources: [] }] })],
    ['a newer format', JSON.stringify({ ...makeTestDataset('2026.9.9'), schemaVersion: 2 })],
  ])('refuses a malformed dataset (%s) and changes nothing', async (_what, text) => {
    const { desk, dataDir } = await deskWithNotes();
    const file = path.join(path.dirname(dataDir), 'bad.json');
    await writeFile(file, text);
    const recordsBefore = await referenceLayerFiles(dataDir);
    const notesBefore = await notesFolderBytes(dataDir);
    const backupsBefore = await readdir(path.join(dataDir, 'backups')).catch(() => []);

    await expect(importDataset(desk, file)).rejects.toMatchObject({ code: 'dataset-invalid', params: { path: file } });
    await desk.close();
    expect(await referenceLayerFiles(dataDir)).toEqual(recordsBefore);
    expect(await notesFolderBytes(dataDir)).toEqual(notesBefore);
    expect(await readdir(path.join(dataDir, 'backups')).catch(() => [])).toEqual(backupsBefore);
  });

  it('export then import into an empty data folder reproduces every note, trash and revisions included', async () => {
    const { desk } = await deskWithNotes();
    const { text } = await createHandlers(desk).exportNotes({});
    const original = desk.notes.all().sort((a, b) => a.id.localeCompare(b.id));
    const originalRevisions = await desk.notes.revisions('note-by-trade-0003');
    expect(originalRevisions).toHaveLength(1);
    await desk.close();

    const fresh = await makeTestFolders();
    const target = await openDesk({ dataDir: fresh.dataDir, resourcesDir: fresh.resourcesDir, access: 'write' });
    const handlers = createHandlers(target);
    expect(await handlers.importNotes({ text })).toEqual({ added: 4, updated: 0, unchanged: 0 });
    expect(target.notes.all().sort((a, b) => a.id.localeCompare(b.id))).toEqual(original);
    expect(await target.notes.revisions('note-by-trade-0003')).toEqual(originalRevisions);
    // Importing again never duplicates.
    expect(await handlers.importNotes({ text })).toEqual({ added: 0, updated: 0, unchanged: 4 });
    await target.close();

    const reopened = await openDesk({ dataDir: fresh.dataDir, resourcesDir: fresh.resourcesDir, access: 'read' });
    expect(reopened.notes.all().sort((a, b) => a.id.localeCompare(b.id))).toEqual(original);
    expect((await createHandlers(reopened).listNotes({ trash: true })).notes.map((n) => n.id)).toEqual(['note-by-trash-0004']);
    await reopened.close();
  });

  it('an import replaces a note only with a newer version, keeping the replaced text as a revision', async () => {
    const { desk, clock } = await deskWithNotes();
    const exported = await buildNotesExport(desk.notes);
    const handlers = createHandlers(desk);
    clock.advance(60_000);
    await handlers.saveNote({ id: 'note-az-country-0002', country: 'AZ', body: 'Sửa tại máy này, mới hơn', tags: [], pinned: false });

    const elsewhere = structuredClone(exported);
    const dinner = elsewhere.notes.find((n) => n.id === 'note-az-dinner-0001')!;
    dinner.body = 'Sửa ở máy khác';
    dinner.updatedAt = new Date(Date.parse(dinner.updatedAt) + 3_600_000).toISOString();
    const country = elsewhere.notes.find((n) => n.id === 'note-az-country-0002')!;
    country.body = 'Bản cũ ở máy khác';

    const report = await handlers.importNotes({ text: serializeNotesExport(elsewhere) });
    expect(report).toEqual({ added: 0, updated: 1, unchanged: 3 });
    expect(desk.notes.get('note-az-dinner-0001')?.body).toBe('Sửa ở máy khác');
    expect(desk.notes.get('note-az-country-0002')?.body).toBe('Sửa tại máy này, mới hơn');
    expect((await desk.notes.revisions('note-az-dinner-0001')).map((r) => r.body)).toEqual(['Đại sứ nhắc **Hiệp định dầu khí** trong bữa tối.']);
    await desk.close();
  });

  it.each([
    ['not JSON', '{ "format": ', /JSON/],
    ['another kind of file', JSON.stringify({ hello: 'world' }), /format/],
    ['a note with a bad country', JSON.stringify({ format: 'country-desk-notes', schemaVersion: 1, exportedAt: '2026-11-20T09:00:00.000Z', notes: [{ id: 'note-bad-country-01', country: 'Azerbaijan', body: '', tags: [], pinned: false, createdAt: '2026-11-20T09:00:00.000Z', updatedAt: '2026-11-20T09:00:00.000Z' }] }), /notes\.0\.country/],
    ['the same id twice', JSON.stringify({ format: 'country-desk-notes', schemaVersion: 1, exportedAt: '2026-11-20T09:00:00.000Z', notes: [1, 2].map(() => ({ id: 'note-twice-000001', country: 'AZ', body: '', tags: [], pinned: false, createdAt: '2026-11-20T09:00:00.000Z', updatedAt: '2026-11-20T09:00:00.000Z' })) }), /twice/],
  ])('refuses an import that is %s with import-invalid, changing nothing', async (_what, text, detail) => {
    const { desk, dataDir } = await deskWithNotes();
    const before = await notesFolderBytes(dataDir);
    await expect(createHandlers(desk).importNotes({ text, fileName: 'notes.json' })).rejects.toMatchObject({
      code: 'import-invalid',
      params: { path: 'notes.json', detail: expect.stringMatching(detail) },
    });
    await desk.close();
    expect(await notesFolderBytes(dataDir)).toEqual(before);
  });

  it('finds notes by words typed without diacritics, and filters by country and tag', async () => {
    const { desk } = await deskWithNotes();
    const handlers = createHandlers(desk);
    expect((await handlers.listNotes({ query: 'hiep dinh dau khi' })).notes.map((n) => n.id)).toEqual(['note-az-dinner-0001']);
    expect((await handlers.listNotes({ query: 'karabakh', country: 'BY' })).notes).toEqual([]);
    expect((await handlers.listNotes({ tag: 'Dầu khí' })).notes.map((n) => n.id)).toEqual(['note-az-dinner-0001']);
    expect((await handlers.listNotes({ query: 'nhap' })).notes).toEqual([]);
    expect((await handlers.listNotes({ query: 'nhap bo', trash: true })).notes.map((n) => n.id)).toEqual(['note-by-trash-0004']);
    const all = await handlers.listNotes({});
    expect(all.notes.map((n) => n.id)).toEqual(['note-az-dinner-0001', 'note-by-trade-0003', 'note-az-country-0002']);
    expect(all.tags).toEqual(['dầu khí', 'nhạy cảm', 'số liệu']);
    expect(all.countries.map((c) => c.code)).toEqual(['AZ', 'BY']);
    await desk.close();
  });

  it('writes the notes as Markdown files with front matter, for reading elsewhere', async () => {
    const { desk, dataDir } = await deskWithNotes();
    const views = await Promise.all(desk.notes.all().map((note) => toNoteView(note, desk.records)));
    const dir = path.join(path.dirname(dataDir), 'markdown');
    const written = await writeNotesAsMarkdown(dir, views);
    await desk.close();
    expect(written.sort()).toEqual([
      expect.stringMatching(/^AZ\/2026-11-20-dai-su-nhac-hiep-dinh-dau-khi-trong-bua-toi-note-az-\.md$/),
      expect.stringMatching(/^AZ\/2026-11-20-khong-neu-van-de-karabakh-note-az-\.md$/),
      expect.stringMatching(/^BY\/2026-11-20-bo-truong-thich-trich-so-150-trieu-usd-2024-note-by-\.md$/),
    ]);
    const dinner = await readFile(path.join(dir, written.find((f) => f.includes('dai-su'))!), 'utf8');
    expect(dinner).toBe(noteToMarkdown(views.find((v) => v.id === 'note-az-dinner-0001')!));
    expect(dinner).toMatch(/^---\nid: "note-az-dinner-0001"\ncountry: "AZ"\n/);
    expect(dinner).toContain('record: "az-relations-1992"\n');
    expect(dinner).toContain('tags: ["dầu khí"]\npinned: true\n');
    expect(dinner).toMatch(/---\n\nĐại sứ nhắc \*\*Hiệp định dầu khí\*\* trong bữa tối\.\n$/);
  });
});

describe('notes at scale', () => {
  // How fast (open, save ÷ small scale) is the bench's to measure (`country-desk bench`), not a timed test's.
  it('opens 10,000 notes and saves one by writing that note alone', async () => {
    const dataDir = await mkdtemp(path.join(os.tmpdir(), 'notes-scale-'));
    const { mkdirSync, writeFileSync, readdirSync, statSync } = await import('node:fs');
    const notesDir = path.join(dataDir, 'notes');
    mkdirSync(notesDir, { recursive: true });
    const stamp = '2026-11-20T09:00:00.000Z';
    for (let i = 0; i < 10_000; i += 1) {
      const id = `note-scale-${String(i).padStart(5, '0')}`;
      const body = `Ghi chú số ${i}: Đại sứ nói về hợp tác dầu khí và giáo dục. `.repeat(4);
      writeFileSync(path.join(notesDir, `${id}.json`), `${JSON.stringify({ schemaVersion: 1, id, country: 'AZ', body, tags: ['dầu khí'], pinned: false, createdAt: stamp, updatedAt: stamp })}\n`);
    }
    const { openNotesStore } = await import('./notes-store');
    const store = await openNotesStore({ dataDir, readOnly: false });
    expect(store.all()).toHaveLength(10_000);

    const stamps = () =>
      new Map(
        readdirSync(notesDir, { recursive: true, encoding: 'utf8' })
          .map((name) => [name, statSync(path.join(notesDir, name))] as const)
          .filter(([, stat]) => stat.isFile())
          .map(([name, stat]) => [name, stat.mtimeMs]),
      );
    const before = stamps();
    await store.save({ id: 'note-scale-00042', country: 'AZ', body: 'changed', tags: [], pinned: false });
    await store.flush();
    const after = stamps();
    const touched = [...after].filter(([name, mtime]) => before.get(name) !== mtime).map(([name]) => name);
    expect(touched.length).toBeGreaterThan(0);
    expect(touched.filter((name) => !name.includes('note-scale-00042'))).toEqual([]);
  }, 120_000);
});
