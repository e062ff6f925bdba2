import { mkdir, mkdtemp, readdir, readFile, rename, stat, utimes, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_NOTE_REVISIONS, REVISION_INTERVAL_MS, TRASH_RETENTION_DAYS } from '../../shared/notes/note-schema';
import type { SaveNoteInput } from '../../shared/notes/note-requests';
import { noteFiles } from './note-files';
import { openNotesStore, type NotesStore } from './notes-store';

const PAST = new Date('2020-01-01T00:00:00Z');
const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

/** A clock the test moves. */
function testClock(start = Date.parse('2026-11-20T09:00:00.000Z')) {
  let time = start;
  return {
    now: () => new Date(time),
    advance: (ms: number) => {
      time += ms;
    },
  };
}

const tempDataDir = () => mkdtemp(path.join(os.tmpdir(), 'notes-store-'));

const note = (id: string, body: string, extra: Partial<SaveNoteInput> = {}): SaveNoteInput => ({
  id,
  country: 'AZ',
  body,
  tags: [],
  pinned: false,
  ...extra,
});

async function reopen(dataDir: string, clock = testClock(), readOnly = false): Promise<NotesStore> {
  return openNotesStore({ dataDir, readOnly, now: clock.now });
}

describe('notes store on real files', () => {
  it('keeps each note in its own file notes/<id>.json, with schemaVersion, in NFC, and reads it back', async () => {
    const dataDir = await tempDataDir();
    const store = await reopen(dataDir);
    await store.save(note('note-0001-dinner', 'Bữa tối với Đại sứ'.normalize('NFD'), { recordId: 'az-relations-1992', tags: ['dầu khí', ' Dầu khí ', 'lễ tân'] }));

    const onDisk = JSON.parse(await readFile(path.join(dataDir, noteFiles.note('note-0001-dinner')), 'utf8'));
    expect(onDisk).toMatchObject({ schemaVersion: 1, id: 'note-0001-dinner', country: 'AZ', recordId: 'az-relations-1992', pinned: false });
    expect(onDisk.body).toBe('Bữa tối với Đại sứ'.normalize('NFC'));
    expect(onDisk.tags).toEqual(['dầu khí', 'lễ tân']);

    const again = await reopen(dataDir);
    expect(again.get('note-0001-dinner')).toEqual(store.get('note-0001-dinner'));
    expect(again.notices).toEqual([]);
  });

  it('keeps at most 20 revisions, one per pause or two minutes of typing, and restores any of them', async () => {
    const dataDir = await tempDataDir();
    const clock = testClock();
    const store = await reopen(dataDir, clock);
    await store.save(note('note-0002-history', 'version 0'));
    // Autosave while typing: saves a second apart make no revisions.
    for (let i = 1; i <= 5; i += 1) {
      clock.advance(1000);
      await store.save(note('note-0002-history', `typing 0.${i}`));
    }
    expect(await store.revisions('note-0002-history')).toEqual([]);

    for (let i = 1; i <= 25; i += 1) {
      clock.advance(REVISION_INTERVAL_MS + MINUTE);
      await store.save(note('note-0002-history', `version ${i}`));
    }
    const revisions = await store.revisions('note-0002-history');
    expect(revisions).toHaveLength(MAX_NOTE_REVISIONS);
    expect(revisions.at(-1)?.body).toBe('version 24');
    expect(revisions[0]?.body).toBe('version 5');

    const reopened = await reopen(dataDir, clock);
    const chosen = revisions[3]!;
    clock.advance(1000);
    const restored = await reopened.restoreRevision('note-0002-history', chosen.savedAt);
    expect(restored.body).toBe('version 8');
    // The text it replaced is kept, so the restore can be undone.
    const after = await reopened.revisions('note-0002-history');
    expect(after).toHaveLength(MAX_NOTE_REVISIONS);
    expect(after.at(-1)?.body).toBe('version 25');
    const undone = await reopened.restoreRevision('note-0002-history', after.at(-1)!.savedAt);
    expect(undone.body).toBe('version 25');
  });

  it('moves a note to the trash and back, and purges it 30 days after it was deleted, on open', async () => {
    const dataDir = await tempDataDir();
    const clock = testClock();
    const store = await reopen(dataDir, clock);
    await store.save(note('note-0003-trash', 'Không nêu vấn đề này'));
    await store.save(note('note-0004-keep', 'Giữ lại'));
    clock.advance(REVISION_INTERVAL_MS * 2);
    await store.save(note('note-0003-trash', 'Không nêu vấn đề này, lần hai'));

    const deleted = await store.moveToTrash('note-0003-trash');
    expect(deleted.deletedAt).toBe(clock.now().toISOString());
    const restored = await store.restoreFromTrash('note-0003-trash');
    expect(restored.deletedAt).toBeUndefined();
    expect(JSON.parse(await readFile(path.join(dataDir, noteFiles.note('note-0003-trash')), 'utf8')).deletedAt).toBeUndefined();

    await store.moveToTrash('note-0003-trash');
    clock.advance((TRASH_RETENTION_DAYS - 1) * DAY);
    expect((await reopen(dataDir, clock)).get('note-0003-trash')?.deletedAt).toBeDefined();

    clock.advance(2 * DAY);
    const later = await reopen(dataDir, clock);
    expect(later.get('note-0003-trash')).toBeUndefined();
    expect(later.get('note-0004-keep')?.body).toBe('Giữ lại');
    const left = await readdir(path.join(dataDir, 'notes'), { recursive: true });
    expect(left.filter((file) => file.includes('note-0003-trash'))).toEqual([]);
  });

  it('ignores a save that arrives after a later one from the same editor', async () => {
    const store = await reopen(await tempDataDir());
    await store.save(note('note-0005-order', 'one', { session: 's1', sequence: 1 }));
    await store.save(note('note-0005-order', 'three', { session: 's1', sequence: 3 }));
    await store.save(note('note-0005-order', 'two', { session: 's1', sequence: 2 }));
    expect(store.get('note-0005-order')?.body).toBe('three');
    // Another editor (after a reload) starts its own count.
    await store.save(note('note-0005-order', 'four', { session: 's2', sequence: 1 }));
    expect(store.get('note-0005-order')?.body).toBe('four');
  });

  it('moves a damaged note file aside, uses its previous copy, and says so', async () => {
    const dataDir = await tempDataDir();
    const clock = testClock();
    const store = await reopen(dataDir, clock);
    await store.save(note('note-0006-damaged', 'first text'));
    clock.advance(1000);
    await store.save(note('note-0006-damaged', 'second text'));
    await writeFile(path.join(dataDir, noteFiles.note('note-0006-damaged')), '{"schemaVersion":1,"id":"note-0006-dam');

    const reopened = await reopen(dataDir, clock);
    expect(reopened.get('note-0006-damaged')?.body).toBe('first text');
    expect(reopened.notices).toEqual([
      expect.objectContaining({ code: 'file-damaged-recovered', file: 'notes/note-0006-damaged.json', movedTo: expect.stringMatching(/^notes\/note-0006-damaged\.json\.damaged-/) }),
    ]);
    const files = await readdir(path.join(dataDir, 'notes'));
    expect(files.some((file) => file.startsWith('note-0006-damaged.json.damaged-'))).toBe(true);
    // The recovered copy was written back as the note's file.
    expect(JSON.parse(await readFile(path.join(dataDir, noteFiles.note('note-0006-damaged')), 'utf8')).body).toBe('first text');
  });

  it('keeps a damaged note with no good copy aside for recovery by hand, and says so', async () => {
    const dataDir = await tempDataDir();
    await mkdir(path.join(dataDir, 'notes'), { recursive: true });
    await writeFile(path.join(dataDir, 'notes', 'note-0007-lost.json'), 'not json at all');
    await writeFile(path.join(dataDir, 'notes', 'README.txt'), 'not a note');

    const store = await reopen(dataDir);
    expect(store.all()).toEqual([]);
    expect(store.notices).toEqual([expect.objectContaining({ code: 'note-damaged-unrecoverable', file: 'notes/note-0007-lost.json' })]);
    const files = await readdir(path.join(dataDir, 'notes'));
    expect(files).toContain('README.txt');
    const aside = files.find((file) => file.startsWith('note-0007-lost.json.damaged-'));
    expect(aside && (await readFile(path.join(dataDir, 'notes', aside), 'utf8'))).toBe('not json at all');
  });

  it('opens a note written by a newer app read-only and never rewrites it', async () => {
    const dataDir = await tempDataDir();
    const store = await reopen(dataDir);
    await store.save(note('note-0008-newer', 'from the future'));
    const file = path.join(dataDir, noteFiles.note('note-0008-newer'));
    const newer = { ...JSON.parse(await readFile(file, 'utf8')), schemaVersion: 2, colour: 'blue' };
    await writeFile(file, JSON.stringify(newer));

    const reopened = await reopen(dataDir);
    expect(reopened.get('note-0008-newer')?.body).toBe('from the future');
    expect(reopened.notices).toEqual([expect.objectContaining({ code: 'file-newer-than-app', file: 'notes/note-0008-newer.json' })]);
    await expect(reopened.save(note('note-0008-newer', 'overwrite'))).rejects.toMatchObject({ code: 'file-newer-than-app' });
    expect(JSON.parse(await readFile(file, 'utf8'))).toEqual(newer);
  });

  it('a reading store writes, moves and purges nothing', async () => {
    const dataDir = await tempDataDir();
    const clock = testClock();
    const store = await reopen(dataDir, clock);
    await store.save(note('note-0009-read', 'old'));
    await store.moveToTrash('note-0009-read');
    await writeFile(path.join(dataDir, 'notes', 'note-0010-bad.json'), '{');
    clock.advance(60 * DAY);
    const before = await readdir(path.join(dataDir, 'notes'), { recursive: true });

    const reader = await reopen(dataDir, clock, true);
    expect(reader.get('note-0009-read')).toBeDefined();
    await expect(reader.save(note('note-0011-new', 'x'))).rejects.toMatchObject({ code: 'file-newer-than-app' });
    expect(await readdir(path.join(dataDir, 'notes'), { recursive: true })).toEqual(before);
  });

  it('saving one note writes only that note: the cost does not grow with the number of notes', async () => {
    const dataDir = await tempDataDir();
    const store = await reopen(dataDir);
    for (let i = 0; i < 50; i += 1) await store.save(note(`note-bulk-${String(i).padStart(4, '0')}`, `note ${i}`));
    const notesDir = path.join(dataDir, 'notes');
    const mtimes = async () => new Map(await Promise.all((await readdir(notesDir)).filter((f) => f.endsWith('.json')).map(async (f) => [f, (await stat(path.join(notesDir, f))).mtimeMs] as const)));
    // Past mtimes set by hand: a note file rewritten (by rename) gets a current one.
    await Promise.all((await readdir(notesDir)).filter((f) => f.endsWith('.json')).map((f) => utimes(path.join(notesDir, f), PAST, PAST)));
    const before = await mtimes();
    await store.save(note('note-bulk-0007', 'changed'));
    const after = await mtimes();
    const changed = [...after].filter(([file, mtime]) => before.get(file) !== mtime).map(([file]) => file);
    expect(changed).toEqual(['note-bulk-0007.json']);
  });

  it('a file the notes folder cannot hold as a note is never read as one', async () => {
    const dataDir = await tempDataDir();
    const store = await reopen(dataDir);
    await store.save(note('note-0012-real', 'real'));
    await rename(path.join(dataDir, noteFiles.note('note-0012-real')), path.join(dataDir, 'notes', 'Bad Name.json'));
    expect((await reopen(dataDir)).all()).toEqual([]);
  });

  it('the first edit after a pause keeps the original text as a revision', async () => {
    const dataDir = await tempDataDir();
    const clock = testClock();
    const store = await reopen(dataDir, clock);
    await store.save(note('note-0013-first', 'Bản đầu tiên'));
    clock.advance(40_000);
    await store.save(note('note-0013-first', 'Bản sửa sau 40 giây'));
    expect((await store.revisions('note-0013-first')).map((r) => r.body)).toEqual(['Bản đầu tiên']);
    clock.advance(1000);
    await store.save(note('note-0013-first', 'Bản sửa tiếp'));
    expect(await (await reopen(dataDir, clock)).revisions('note-0013-first')).toHaveLength(1);
  });

  it('a save whose search update fails is on disk, says so, and its retry answers saved', async () => {
    const dataDir = await tempDataDir();
    const store = await reopen(dataDir);
    const unsubscribe = store.subscribe(() => {
      throw Object.assign(new Error('database or disk is full'), { code: 'SQLITE_FULL' });
    });
    await expect(store.save(note('note-0014-index', 'on disk'))).rejects.toMatchObject({ code: 'search-index-stale', params: { detail: 'SQLITE_FULL' } });
    expect(JSON.parse(await readFile(path.join(dataDir, noteFiles.note('note-0014-index')), 'utf8')).body).toBe('on disk');
    unsubscribe();
    expect((await store.save(note('note-0014-index', 'on disk'))).body).toBe('on disk');
  });

  it('a reading store tells of a damaged note without claiming to have moved it', async () => {
    const dataDir = await tempDataDir();
    const store = await reopen(dataDir);
    await store.save(note('note-0016-copy', 'first'));
    await store.save(note('note-0016-copy', 'second'));
    await writeFile(path.join(dataDir, noteFiles.note('note-0016-copy')), '{');
    await mkdir(path.join(dataDir, 'notes'), { recursive: true });
    await writeFile(path.join(dataDir, 'notes', 'note-0017-nocopy.json'), '{');
    const reader = await reopen(dataDir, testClock(), true);
    expect(reader.get('note-0016-copy')?.body).toBe('first');
    expect([...reader.notices].sort((a, b) => a.file.localeCompare(b.file))).toEqual([
      { code: 'file-damaged-recovered-read-only', file: 'notes/note-0016-copy.json' },
      { code: 'note-damaged-unrecoverable-read-only', file: 'notes/note-0017-nocopy.json' },
    ]);
  });
});
