import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { createNodeTranslator } from '../i18n/node-translator';
import { backupDataFile, BACKUPS_KEPT_PER_FILE } from './backup-file';
import { openDataFile } from './data-file';

const faults = vi.hoisted(() => ({ failNextWrite: false }));

vi.mock('./write-file-atomically', async (importOriginal) => {
  const real = (await importOriginal<{ writeFileAtomically: (file: string, data: string) => Promise<void> }>()).writeFileAtomically;
  const { writeFile: writePartial } = await import('node:fs/promises');
  return {
    writeFileAtomically: async (file: string, data: string) => {
      if (faults.failNextWrite) {
        faults.failNextWrite = false;
        // A crash half-way: part of the new content reaches a temp file, the rename never happens.
        await writePartial(`${file}.partial-temp`, data.slice(0, 5));
        throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
      }
      return real(file, data);
    },
  };
});

const noteBookSchema = z.object({ schemaVersion: z.number(), entries: z.array(z.string()) });
type NoteBook = z.infer<typeof noteBookSchema>;

let dataDir: string;
beforeEach(async () => {
  dataDir = await mkdtemp(path.join(os.tmpdir(), 'data-file-'));
});
afterEach(() => {
  faults.failNextWrite = false;
});

const open = (extra: Partial<Parameters<typeof openDataFile<NoteBook>>[0]> = {}) =>
  openDataFile<NoteBook>({
    dataDir,
    name: 'book.json',
    schema: noteBookSchema,
    version: 2,
    createDefault: () => ({ schemaVersion: 2, entries: [] }),
    debounceMs: 5,
    ...extra,
  });
const fileText = () => readFile(path.join(dataDir, 'book.json'), 'utf8');

describe('openDataFile on real files', () => {
  it('creates the file, round-trips changes through the disk, and stores text in NFC', async () => {
    expect(process.env.NODE_ENV).toBe('test');
    const book = await open();
    book.update((data) => data.entries.push('Hà Nội', 'quan hệ'.normalize('NFD')));
    await book.flush();

    const onDisk = JSON.parse(await fileText()) as NoteBook;
    expect(onDisk.entries).toEqual(['Hà Nội', 'quan hệ']);
    expect(onDisk.entries[1]).toBe('quan hệ'.normalize('NFC'));

    const reopened = await open();
    expect(reopened.data).toEqual({ schemaVersion: 2, entries: ['Hà Nội', 'quan hệ'] });
  });

  it('debounces many changes into one write and serializes writes', async () => {
    const book = await open({ debounceMs: 50 });
    for (let i = 0; i < 20; i += 1) book.update((data) => data.entries.push(`entry ${i}`));
    await book.flush();
    expect((JSON.parse(await fileText()) as NoteBook).entries).toHaveLength(20);
  });

  it('leaves the previous file intact when a write fails, and keeps the change to retry', async () => {
    const book = await open();
    book.update((data) => data.entries.push('kept'));
    await book.flush();
    const before = await fileText();

    faults.failNextWrite = true;
    book.update((data) => data.entries.push('pending'));
    await expect(book.flush()).rejects.toMatchObject({ code: 'write-failed' });
    expect(await fileText()).toBe(before);
    expect(book.data.entries).toEqual(['kept', 'pending']);

    book.update(() => undefined);
    await book.flush();
    expect((JSON.parse(await fileText()) as NoteBook).entries).toEqual(['kept', 'pending']);
  });

  it('moves a damaged file aside, uses the last good copy and says so', async () => {
    const book = await open();
    book.update((data) => data.entries.push('first'));
    await book.flush();
    book.update((data) => data.entries.push('second'));
    await book.flush();
    await writeFile(path.join(dataDir, 'book.json'), '{"schemaVersion": 2, "entries": ["tru');

    const recovered = await open();
    expect(recovered.data.entries).toEqual(['first']);
    expect(recovered.notices).toEqual([expect.objectContaining({ code: 'file-damaged-recovered', file: 'book.json' })]);
    const movedTo = recovered.notices[0]?.movedTo ?? '';
    expect(await readFile(path.join(dataDir, movedTo), 'utf8')).toBe('{"schemaVersion": 2, "entries": ["tru');
    expect(JSON.parse(await fileText())).toEqual({ schemaVersion: 2, entries: ['first'] });
  });

  it('treats a file that parses but does not validate as damaged, never as defaults over it', async () => {
    await writeFile(path.join(dataDir, 'book.json'), '{"schemaVersion": 2, "entries": 42}');
    const book = await open();
    expect(book.notices[0]?.code).toBe('file-damaged-reset');
    const files = await readdir(dataDir);
    const aside = files.find((f) => f.startsWith('book.json.damaged-'));
    expect(aside).toBeDefined();
    expect(await readFile(path.join(dataDir, aside ?? ''), 'utf8')).toBe('{"schemaVersion": 2, "entries": 42}');
  });

  it('opens a file from a newer app read-only and never rewrites it', async () => {
    const newer = '{"schemaVersion": 9, "entries": ["from the future"], "extra": true}';
    await writeFile(path.join(dataDir, 'book.json'), newer);
    const book = await open();
    expect(book.readOnly).toBe(true);
    expect(book.notices).toEqual([expect.objectContaining({ code: 'file-newer-than-app', fromVersion: 9, toVersion: 2 })]);
    expect(() => book.update((data) => data.entries.push('no'))).toThrow(expect.objectContaining({ code: 'file-newer-than-app' }));
    await book.flush();
    expect(await fileText()).toBe(newer);
  });

  it('migrates an older file step by step after copying it to backups/', async () => {
    const old = '{"schemaVersion": 1, "items": ["a"]}';
    await writeFile(path.join(dataDir, 'book.json'), old);
    const book = await open({
      migrations: { 1: ({ items, ...rest }) => ({ ...rest, entries: items }) },
    });
    expect(book.data).toEqual({ schemaVersion: 2, entries: ['a'] });
    expect(book.notices[0]).toMatchObject({ code: 'file-migrated', fromVersion: 1, toVersion: 2 });
    const backups = await readdir(path.join(dataDir, 'backups'));
    const copy = backups.find((f) => f.startsWith('book.v1.'));
    expect(await readFile(path.join(dataDir, 'backups', copy ?? ''), 'utf8')).toBe(old);
    expect(JSON.parse(await fileText())).toEqual({ schemaVersion: 2, entries: ['a'] });
  });

  it('a reading command neither creates nor moves anything', async () => {
    await writeFile(path.join(dataDir, 'book.json'), 'not json');
    const book = await open({ readOnly: true });
    expect(book.data.entries).toEqual([]);
    expect(await readdir(dataDir)).toEqual(['book.json']);
  });
});

describe('openDataFile: recovery, read-only folders, bounded backups', () => {
  it('opens a newer file of another shape read-only, leaves it as it is and shows the newest good copy', async () => {
    const book = await open();
    book.update((data) => data.entries.push('good'));
    await book.flush();
    book.update((data) => data.entries.push('newest'));
    await book.flush();
    for (const newer of ['{"schemaVersion": 3, "data": {"entries": "elsewhere"}}', '{"schemaVersion": 99}']) {
      await writeFile(path.join(dataDir, 'book.json'), newer);
      const reopened = await open();
      expect(reopened.readOnly).toBe(true);
      expect(reopened.data.entries).toEqual(['good']);
      expect(reopened.notices).toEqual([
        expect.objectContaining({ code: 'file-newer-than-app', fromVersion: newer.includes('99') ? 99 : 3 }),
        expect.objectContaining({ code: 'file-newer-unreadable', usedCopy: path.join('backups', 'book.json.prev') }),
      ]);
      await reopened.flush();
      expect(await fileText()).toBe(newer);
    }
  });

  it('tells a reading command of a damaged file without claiming a move, and its message names no placeholder', async () => {
    await writeFile(path.join(dataDir, 'book.json'), 'not json');
    const book = await open({ readOnly: true });
    expect(book.notices).toEqual([{ code: 'file-damaged-reset-read-only', file: 'book.json' }]);
    const t = createNodeTranslator()('en');
    expect(t(`app:notices.${book.notices[0]!.code}`, { ...book.notices[0] })).not.toMatch(/\{\{|moved aside/);
  });

  it('refuses a change in a folder opened only for reading with its own code, not "newer than the app"', async () => {
    const book = await open({ readOnly: true });
    expect(() => book.update((data) => data.entries.push('no'))).toThrow(expect.objectContaining({ code: 'data-folder-read-only' }));
  });

  it('reports a failed debounced write at once to the caller, and saves it at the next flush', async () => {
    const failures: unknown[] = [];
    let tell = () => undefined as void;
    const told = new Promise<void>((resolve) => (tell = resolve));
    const book = await open({ onWriteError: (error) => (failures.push(error), tell()) });
    faults.failNextWrite = true;
    book.update((data) => data.entries.push('pending'));
    await told;
    expect(failures).toEqual([expect.objectContaining({ code: 'write-failed' })]);
    await book.flush();
    expect((JSON.parse(await fileText()) as NoteBook).entries).toEqual(['pending']);
  });

  it(`keeps at most ${BACKUPS_KEPT_PER_FILE} backups per file, the newest`, async () => {
    await writeFile(path.join(dataDir, 'book.json'), '{"schemaVersion": 2, "entries": []}');
    const made: string[] = [];
    for (let i = 0; i < BACKUPS_KEPT_PER_FILE + 3; i += 1) {
      made.push(await backupDataFile(dataDir, 'book.json', `v${i}`));
      await new Promise((resolve) => setTimeout(resolve, 2)); // distinct times in the names
    }
    const kept = (await readdir(path.join(dataDir, 'backups'))).filter((name) => name.startsWith('book.')).sort();
    expect(kept).toEqual(made.slice(-BACKUPS_KEPT_PER_FILE).map((name) => path.basename(name)).sort());
  });

  it('refuses a backup label that would make a path', async () => {
    await writeFile(path.join(dataDir, 'book.json'), '{}');
    await expect(backupDataFile(dataDir, 'book.json', '1.0/../../x')).rejects.toMatchObject({ code: 'internal' });
    expect(await readdir(dataDir)).toEqual(['book.json']);
  });
});
