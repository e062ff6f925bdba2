import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDesk, type Desk } from '../desk';
import { createHandlers } from '../handlers';
import { SEARCH_INDEX_FILE_NAME } from '../search/search-index-file';
import { canMountSmallDisk, mountSmallDisk, type SmallDisk } from '../testing/small-disk';
import { makeTestFolders } from '../testing/test-dataset';
import { buildNotesExport, serializeNotesExport } from './notes-exchange';
import { noteFiles } from './note-files';

const save = (id: string, body: string) => ({ id, country: 'AZ', body, tags: [], pinned: false });

/** The files of notes/ and notes/revisions/ that are not notes: temp files of writes. */
async function strayFiles(dataDir: string): Promise<string[]> {
  const names = await readdir(path.join(dataDir, 'notes'), { recursive: true });
  return names.filter((name) => /\.json\.\d+$/.test(name));
}

describe.runIf(canMountSmallDisk)('notes on a full disk (a 2 MB tmpfs)', () => {
  let disk: SmallDisk;
  let desk: Desk | undefined;
  let resourcesDir: string;
  let dataDir: string;
  beforeEach(async () => {
    disk = await mountSmallDisk(2048);
    resourcesDir = (await makeTestFolders()).resourcesDir;
    dataDir = path.join(disk.dir, 'data');
  });
  afterEach(async () => {
    await disk.free();
    await desk?.close();
    desk = undefined;
    await disk.unmount();
  });

  it('says the disk is full, keeps nothing it could not write, and answers no retry with success until it is saved', async () => {
    desk = await openDesk({ dataDir, resourcesDir, access: 'write' });
    const handlers = createHandlers(desk);
    await handlers.saveNote(save('note-full-disk-0001', 'Bản đầu'));
    await disk.fill();

    const edit = save('note-full-disk-0001', `Bản sửa: ${'đàm phán '.repeat(2000)}`);
    await expect(handlers.saveNote(edit)).rejects.toMatchObject({ code: 'disk-full', params: { file: noteFiles.note('note-full-disk-0001') } });
    // The autosave's retry of the same text is refused again: the note is not saved.
    await expect(handlers.saveNote(edit)).rejects.toMatchObject({ code: 'disk-full' });
    await expect(handlers.saveNote(save('note-full-disk-0002', 'Ghi chú mới'))).rejects.toMatchObject({ code: 'disk-full' });
    expect(desk.notes.get('note-full-disk-0001')?.body).toBe('Bản đầu');
    expect(desk.notes.get('note-full-disk-0002')).toBeUndefined();
    expect(desk.search.search('đàm phán', { types: ['note'] })).toEqual([]);
    expect(JSON.parse(await readFile(path.join(dataDir, noteFiles.note('note-full-disk-0001')), 'utf8')).body).toBe('Bản đầu');
    expect(await strayFiles(dataDir)).toEqual([]);

    await disk.free();
    expect((await handlers.saveNote(edit)).body).toBe(edit.body);
    await desk.close();
    desk = await openDesk({ dataDir, resourcesDir, access: 'read' });
    expect(desk.notes.get('note-full-disk-0001')?.body).toBe(edit.body);
  });

  it('an import that does not fit writes nothing at all', async () => {
    desk = await openDesk({ dataDir, resourcesDir, access: 'write' });
    const handlers = createHandlers(desk);
    await handlers.saveNote(save('note-import-here-01', 'Ở đây'));
    const exported = await buildNotesExport(desk.notes);
    const later = new Date(Date.parse(exported.notes[0]!.updatedAt) + 60_000).toISOString();
    exported.notes = [
      { ...exported.notes[0]!, body: 'Bản sửa nhập vào', updatedAt: later },
      { ...exported.notes[0]!, id: 'note-import-small-01', body: 'Nhỏ' },
      { ...exported.notes[0]!, id: 'note-import-large-01', body: 'Lớn '.repeat(40_000) },
    ];
    await disk.fill();
    await disk.free();
    // Room for the small notes, not the large one.
    await writeFile(path.join(disk.dir, 'filler'), Buffer.alloc(2048 * 1024 - (await usedBytes(disk.dir)) - 64 * 1024));

    await expect(handlers.importNotes({ text: serializeNotesExport(exported) })).rejects.toMatchObject({ code: 'disk-full' });
    expect(desk.notes.all().map((note) => [note.id, note.body])).toEqual([['note-import-here-01', 'Ở đây']]);
    expect((await readdir(path.join(dataDir, 'notes'))).filter((name) => name.endsWith('.json'))).toEqual(['note-import-here-01.json']);
    expect(JSON.parse(await readFile(path.join(dataDir, noteFiles.note('note-import-here-01')), 'utf8')).body).toBe('Ở đây');
  });

  it('a failed rebuild of the search index leaves no file behind, and leftovers of earlier ones are removed', async () => {
    desk = await openDesk({ dataDir, resourcesDir, access: 'write' });
    await desk.search.ready;
    await desk.close();
    desk = undefined;
    await rm(path.join(dataDir, SEARCH_INDEX_FILE_NAME));
    await writeFile(path.join(dataDir, `${SEARCH_INDEX_FILE_NAME}.building-999999`), 'left by a crash');
    await mkdir(path.join(dataDir, 'notes', 'revisions'), { recursive: true });
    await writeFile(path.join(dataDir, 'notes', 'note-left-behind-01.json.123456789'), '{"half": ');
    await writeFile(path.join(dataDir, 'notes', 'revisions', 'note-left-behind-01.json.42'), '{"half": ');
    await disk.fill();
    for (let attempt = 0; attempt < 3; attempt += 1) {
      // The desk opens; its search index, built in the background, fails and says so.
      const full = await openDesk({ dataDir, resourcesDir, access: 'write' });
      await expect(full.search.ready).rejects.toMatchObject({ code: 'disk-full' });
      expect(full.search.state).toEqual({ state: 'failed', code: 'disk-full' });
      await full.close();
    }
    expect((await readdir(dataDir)).filter((name) => name.includes('.building-'))).toEqual([]);

    await disk.free();
    desk = await openDesk({ dataDir, resourcesDir, access: 'write' });
    expect(await strayFiles(dataDir)).toEqual([]);
  });
});

async function usedBytes(dir: string): Promise<number> {
  const { execFileSync } = await import('node:child_process');
  const [, used] = execFileSync('df', ['--output=size,used', '-B1', dir], { encoding: 'utf8' }).trim().split('\n')[1]!.trim().split(/\s+/);
  return Number(used);
}
