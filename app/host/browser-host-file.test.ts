import { chmod, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BROWSER_HOST_FILE, loadBrowserHostFile, saveBrowserHostPort } from './browser-host-file';

describe('the browser host file', () => {
  let dataDir: string;
  const file = () => path.join(dataDir, BROWSER_HOST_FILE);
  const mode = async () => (await stat(file())).mode & 0o777;

  beforeEach(async () => {
    dataDir = await mkdtemp(path.join(os.tmpdir(), 'country-desk-host-file-'));
  });
  afterEach(async () => {
    await rm(dataDir, { recursive: true, force: true });
  });

  it('keeps one token per data folder across starts, readable by its owner only', async () => {
    const first = await loadBrowserHostFile(dataDir);
    expect(first.token).toMatch(/^[\w-]{32}$/);
    expect(await mode()).toBe(0o600);
    expect((await loadBrowserHostFile(dataDir)).token).toBe(first.token);

    const other = await mkdtemp(path.join(os.tmpdir(), 'country-desk-host-file-'));
    expect((await loadBrowserHostFile(other)).token).not.toBe(first.token);
    await rm(other, { recursive: true, force: true });
  });

  it('remembers the port, and narrows a file others could read', async () => {
    const first = await loadBrowserHostFile(dataDir);
    await saveBrowserHostPort(dataDir, first, 43117);
    await chmod(file(), 0o644);
    expect(await loadBrowserHostFile(dataDir)).toEqual({ schemaVersion: 1, token: first.token, port: 43117 });
    expect(await mode()).toBe(0o600);
  });

  it('replaces a damaged file with a new token', async () => {
    await writeFile(file(), '{"schemaVersion":1,"token":"short"}');
    const made = await loadBrowserHostFile(dataDir);
    expect(made.token).toMatch(/^[\w-]{32}$/);
    expect(JSON.parse(await readFile(file(), 'utf8'))).toEqual(made);
    await writeFile(file(), 'not json');
    expect((await loadBrowserHostFile(dataDir)).token).not.toBe(made.token);
  });
});
