import { mkdir, readFile, rename, rmdir, stat, utimes, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDesk, type Desk } from '../desk';
import { createHandlers } from '../handlers';
import { startDeskWriter } from '../testing/desk-writer-process';
import { openWriterWhenFree } from '../testing/open-writer-when-free';
import { makeTestFolders } from '../testing/test-dataset';
import { LOCK_NAME } from './data-folder';

const OWNER_FILE = '.country-desk.lock-owner.json';

async function openWriter(dataDir: string, resourcesDir: string): Promise<Desk> {
  return openDesk({ dataDir, resourcesDir, access: 'write' });
}

const note = (id: string) => ({ id, country: 'AZ' as const, body: `Ghi chú ${id}`, tags: [], pinned: false });

describe("the data folder's write lock", () => {
  it('is taken over at once from a writer killed with SIGKILL, and never from a live one', async () => {
    const { dataDir, resourcesDir } = await makeTestFolders();
    const writer = startDeskWriter(dataDir, resourcesDir);
    try {
      const { pid } = await writer.next('ready');
      const owner = JSON.parse(await readFile(path.join(dataDir, OWNER_FILE), 'utf8')) as { pid: number };
      expect(owner.pid).toBe(pid);
      await expect(openWriter(dataDir, resourcesDir)).rejects.toMatchObject({ code: 'data-locked' });

      writer.child.kill('SIGKILL');
      expect(await writer.exited).toBe('SIGKILL');
      // The lock it held is still there: nothing released it.
      expect((await stat(path.join(dataDir, LOCK_NAME))).isDirectory()).toBe(true);
      const next = await openWriter(dataDir, resourcesDir);
      await next.notes.save(note('after-the-kill'));
      await next.close();
    } finally {
      writer.child.kill('SIGKILL');
    }
  });

  it("keeps the stale-time rule for a lock of another host, whose process cannot be checked from here", async () => {
    const { dataDir, resourcesDir } = await makeTestFolders();
    await mkdir(dataDir, { recursive: true });
    const lockDir = path.join(dataDir, LOCK_NAME);
    await mkdir(lockDir);
    const lockInode = (await stat(lockDir)).ino;
    await writeFile(path.join(dataDir, OWNER_FILE), JSON.stringify({ pid: 2 ** 22 + 1, hostname: 'another-laptop', lockInode, token: 'theirs' }));
    await expect(openWriter(dataDir, resourcesDir)).rejects.toMatchObject({ code: 'data-locked' });

    const untouchedFor16s = new Date(Date.now() - 16_000);
    await utimes(lockDir, untouchedFor16s, untouchedFor16s);
    const desk = await openWriter(dataDir, resourcesDir);
    await desk.close();
  });

  it('a writer paused past the stale time, its lock taken, wakes without crashing and refuses every write', async () => {
    const { dataDir, resourcesDir } = await makeTestFolders();
    const paused = startDeskWriter(dataDir, resourcesDir);
    let taker: Desk | undefined;
    try {
      await paused.next('ready');
      paused.send({ do: 'save', id: 'before-the-pause' });
      await paused.next('saved');
      paused.child.kill('SIGSTOP');
      // The lock is stale 15 s after it was last touched (every 5 s): the second writer gets in then.
      taker = await openWriterWhenFree(dataDir, 30_000, resourcesDir);
      await taker.notes.save(note('saved-by-the-taker'));
      paused.child.kill('SIGCONT');

      paused.send({ do: 'save', id: 'after-the-pause' });
      expect(await paused.next('refused')).toMatchObject({ code: 'data-folder-lock-lost' });
      await paused.next('lock-lost');
      paused.send({ do: 'stop' });
      await paused.next('stopped');
      expect(await paused.exited).toBe(0);
      expect(paused.stderr).not.toMatch(/ECOMPROMISED|Error/);

      // Nothing of the paused writer reached the disk, and the taker's lock survived its exit.
      await expect(stat(path.join(dataDir, 'notes', 'after-the-pause.json'))).rejects.toMatchObject({ code: 'ENOENT' });
      await expect(openWriter(dataDir, resourcesDir)).rejects.toMatchObject({ code: 'data-locked' });
      await taker.notes.save(note('saved-by-the-taker-later'));
      expect(taker.writeLockLost).toBe(false);
    } finally {
      paused.child.kill('SIGKILL');
      await taker?.close();
    }
  }, 60_000);

  it('once lost, refuses a setting as well as a note, writing nothing', async () => {
    const { dataDir, resourcesDir } = await makeTestFolders();
    const desk = await openWriter(dataDir, resourcesDir);
    const lost: string[] = [];
    desk.onWriteLockLost(() => lost.push('told'));
    const settingsBefore = await readFile(path.join(dataDir, 'settings.json'), 'utf8');
    // What another writer does when it takes a stale lock over: a new lock directory, and its own owner file.
    const lockDir = path.join(dataDir, LOCK_NAME);
    await rename(lockDir, `${lockDir}.removed`);
    await rmdir(`${lockDir}.removed`);
    await mkdir(lockDir);
    await writeFile(path.join(dataDir, OWNER_FILE), JSON.stringify({ pid: process.pid, hostname: 'here', lockInode: (await stat(lockDir)).ino, token: 'theirs' }));

    const handlers = createHandlers(desk);
    await expect(handlers.updateSettings({ language: 'en' })).rejects.toMatchObject({ code: 'data-folder-lock-lost', params: { path: dataDir } });
    await expect(handlers.saveNote(note('after-the-loss'))).rejects.toMatchObject({ code: 'data-folder-lock-lost' });
    expect(lost).toEqual(['told']);
    expect(desk.notices).toContainEqual({ code: 'data-folder-lock-lost', file: LOCK_NAME });
    expect(await readFile(path.join(dataDir, 'settings.json'), 'utf8')).toBe(settingsBefore);
    await expect(stat(path.join(dataDir, 'notes', 'after-the-loss.json'))).rejects.toMatchObject({ code: 'ENOENT' });
    // The setting still waits to be written: closing says it could not be, and leaves the other writer's lock alone.
    await expect(desk.close()).rejects.toMatchObject({ code: 'data-folder-lock-lost' });
    expect((await stat(lockDir)).isDirectory()).toBe(true);
  });
});
