import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDesk } from '../desk';
import { createHandlers } from '../handlers';
import { makeTestFolders } from '../testing/test-dataset';
import { REVISION_INTERVAL_MS, TRASH_RETENTION_DAYS } from '../../shared/notes/note-schema';
import { buildNotesExport, serializeNotesExport, type NotesExport } from './notes-exchange';

const DAY = 24 * 60 * 60 * 1000;

async function deskWithOneNote() {
  const { dataDir, resourcesDir } = await makeTestFolders();
  let time = Date.parse('2026-11-20T09:00:00.000Z');
  const clock = { now: () => new Date(time), advance: (ms: number) => (time += ms) };
  const desk = await openDesk({ dataDir, resourcesDir, access: 'write', now: clock.now });
  const handlers = createHandlers(desk);
  await handlers.saveNote({ id: 'note-import-keep-01', country: 'AZ', recordId: 'az-relations-1992', body: 'Bản gốc', tags: [], pinned: false });
  clock.advance(REVISION_INTERVAL_MS * 2);
  await handlers.saveNote({ id: 'note-import-keep-01', country: 'AZ', recordId: 'az-relations-1992', body: 'Bản hai', tags: [], pinned: false });
  return { desk, handlers, dataDir, resourcesDir, clock, exported: await buildNotesExport(desk.notes, clock.now()) };
}

const withNote = (data: NotesExport, patch: Partial<NotesExport['notes'][number]>): NotesExport => ({ ...data, notes: [{ ...data.notes[0]!, ...patch }] });

describe('notes import', () => {
  it.each([
    ['an unknown country', { id: 'note-import-new-001', country: 'ZZ', recordId: undefined }, /notes\.0\.country: unknown country ZZ/],
    ['an unknown record', { id: 'note-import-new-002', recordId: 'az-no-such-record' }, /notes\.0\.recordId: no record az-no-such-record in AZ/],
    ['a record of another country', { id: 'note-import-new-003', country: 'BY' }, /notes\.0\.recordId: no record az-relations-1992 in BY/],
  ])('refuses %s, as a save would, changing nothing', async (_what, patch, detail) => {
    const { desk, handlers, exported } = await deskWithOneNote();
    const text = serializeNotesExport(withNote(exported, patch));
    await expect(handlers.importNotes({ text, fileName: 'notes.json' })).rejects.toMatchObject({ code: 'import-invalid', params: { detail: expect.stringMatching(detail) } });
    expect(desk.notes.all()).toHaveLength(1);
    await desk.close();
  });

  it('reads an export that starts with a UTF-8 byte order mark', async () => {
    const { desk, exported } = await deskWithOneNote();
    await desk.close();
    const fresh = await makeTestFolders();
    const target = await openDesk({ dataDir: fresh.dataDir, resourcesDir: fresh.resourcesDir, access: 'write' });
    expect(await createHandlers(target).importNotes({ text: `\uFEFF${serializeNotesExport(exported)}` })).toEqual({ added: 1, updated: 0, unchanged: 0 });
    await target.close();
  });

  it('says what it would do with dryRun, writing nothing', async () => {
    const { desk, handlers, dataDir, exported } = await deskWithOneNote();
    const data: NotesExport = { ...exported, notes: [...exported.notes, { ...exported.notes[0]!, id: 'note-import-new-004', revisions: [] }] };
    const before = await readdir(path.join(dataDir, 'notes'), { recursive: true });
    expect(await handlers.importNotes({ text: serializeNotesExport(data), dryRun: true })).toEqual({ added: 1, updated: 0, unchanged: 1 });
    expect(desk.notes.get('note-import-new-004')).toBeUndefined();
    expect(await readdir(path.join(dataDir, 'notes'), { recursive: true })).toEqual(before);
    await desk.close();
  });

  it('an imported deletion of a note here moves it to the trash for 30 days; it is never purged with its revisions', async () => {
    const { desk, handlers, dataDir, resourcesDir, clock, exported } = await deskWithOneNote();
    const deleted = withNote(exported, { updatedAt: '2026-12-31T00:00:00.000Z', deletedAt: '2000-01-01T00:00:00.000Z', body: '', revisions: [] });
    expect(await handlers.importNotes({ text: serializeNotesExport(deleted) })).toEqual({ added: 0, updated: 1, unchanged: 0 });
    expect(desk.notes.get('note-import-keep-01')?.deletedAt).toBe(clock.now().toISOString());
    await desk.close();

    clock.advance((TRASH_RETENTION_DAYS - 1) * DAY);
    const later = await openDesk({ dataDir, resourcesDir, access: 'write', now: clock.now });
    expect(later.notes.get('note-import-keep-01')?.deletedAt).toBeDefined();
    // Nothing of it is lost: the texts it had are its revisions, and it can be restored.
    expect((await later.notes.revisions('note-import-keep-01')).map((r) => r.body)).toEqual(['Bản gốc', 'Bản hai']);
    await later.close();
  });

  it('never drops a revision kept here, however many the export brings', async () => {
    const { desk, handlers, exported } = await deskWithOneNote();
    const revisions = Array.from({ length: 25 }, (_, i) => ({ body: `Bản từ nơi khác ${i}`, tags: [], savedAt: new Date(Date.parse('2026-12-01T00:00:00.000Z') + i * 60_000).toISOString() }));
    const newer = withNote(exported, { body: 'Bản mới nhất', updatedAt: '2026-12-02T00:00:00.000Z', revisions });
    await handlers.importNotes({ text: serializeNotesExport(newer) });
    const kept = (await desk.notes.revisions('note-import-keep-01')).map((r) => r.body);
    expect(kept).toEqual(expect.arrayContaining(['Bản gốc', 'Bản hai']));
    expect(kept.at(-1)).toBe('Bản từ nơi khác 24');
    await desk.close();
  });
});
