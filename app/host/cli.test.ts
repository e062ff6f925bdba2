import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtemp, readdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { countryDeskBin, expectOneLineError, runCountryDesk } from './testing/run-country-desk';

const countryDesk = (...args: string[]) => runCountryDesk(args);


const tempDir = () => mkdtemp(path.join(os.tmpdir(), 'country-desk-cli-'));

describe('country-desk CLI', () => {
  it('lists the partner countries as JSON with both names and record counts', async () => {
    const data = await tempDir();
    const { code, stdout } = await countryDesk('countries', '--json', '--data', data);
    expect(code).toBe(0);
    const rows = JSON.parse(stdout) as { code: string; name: { vi: string; en: string }; records: number }[];
    expect(rows.map((r) => r.code).sort()).toEqual(['AZ', 'BY', 'KG', 'KZ', 'RU']);
    expect(rows.find((r) => r.code === 'RU')?.name).toEqual({ vi: 'Nga', en: 'Russia' });
    expect(rows.every((r) => r.records > 0)).toBe(true);
    expect(await readdir(data)).toEqual([]);
  });

  it('lists every partner state with --all: both names, region, record counts, and Vietnam\'s usage', async () => {
    const data = await tempDir();
    const { code, stdout } = await countryDesk('countries', '--all', '--json', '--data', data);
    expect(code).toBe(0);
    const rows = JSON.parse(stdout) as { code: string; name: { vi: string; en: string }; region: string; records: number }[];
    expect(rows.length).toBeGreaterThan(185);
    expect(rows.every((r) => r.name.vi !== '' && r.name.en !== '' && r.region !== '')).toBe(true);
    expect(rows.find((r) => r.code === 'PS')?.name).toEqual({ vi: 'Nhà nước Palestine', en: 'State of Palestine' });
    expect(rows.some((r) => r.code === 'XK' || r.code === 'TW')).toBe(false);
    expect(rows.find((r) => r.code === 'MN')).toMatchObject({ name: { vi: 'Mông Cổ', en: 'Mongolia' }, records: 0 });
    expect(rows.find((r) => r.code === 'AZ')?.records).toBeGreaterThan(0);
    const text = await countryDesk('countries', '--all', '--lang', 'en', '--data', data);
    expect(text.stdout.split('\n').filter(Boolean)).toHaveLength(rows.length);
  });

  it('shows one country in English with sources, and as JSON with ids, kinds, both languages and sources', async () => {
    const data = await tempDir();
    const text = await countryDesk('show', 'az', '--lang', 'en', '--data', data);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('Azerbaijan (AZ)');
    expect(text.stdout).toContain('23 Sep 1992');
    expect(text.stdout).toMatch(/Source: /);

    const json = await countryDesk('show', 'AZ', '--json', '--data', data);
    const { records } = JSON.parse(json.stdout) as { records: { id: string; kind: string; title: { vi: string; en: string }; sources: { cited: { publisher: string } }[] }[] };
    expect(records.length).toBeGreaterThan(5);
    for (const record of records) {
      expect(record.id).toMatch(/^az-/);
      expect(record.title.vi && record.title.en).toBeTruthy();
      expect(record.sources[0]?.cited.publisher).toBeTruthy();
    }
  });

  it.each([
    [['frobnicate'], /Unknown command 'frobnicate'/],
    [['countries', '--colour'], /Unknown option '--colour'/],
    [['show', 'XX'], /Unknown country code: XX/],
    [['show', 'azerbaijan'], /Unknown country code: azerbaijan/],
    [['show', 'AZ', '--lang', 'fr'], /--lang must be vi or en/],
    [['show'], /Usage: country-desk show CODE/],
    [['show', 'AZ', '--lang'], /--lang needs a value/],
    [['countries', '--json=yes'], /--json is a switch and takes no value/],
    [['serve', '--port', ''], /--port needs a value/],
    [['serve', '--port', '+1'], /--port must be a whole number from 0 to 65535, not '\+1'/],
  ])('%j prints one line on stderr and exits non-zero', async (args, message) => {
    const data = await tempDir();
    const result = await countryDesk(...args, '--data', data);
    expectOneLineError(result, message);
    expect(result.stdout).toBe('');
    expect(await readdir(data)).toEqual([]);
  });

  it("refuses --data '' instead of making the current directory a data folder", async () => {
    const cwd = await tempDir();
    const result = await runCountryDesk(['notes', 'add', '--country', 'AZ', '--text', 'x', '--data', ''], { cwd });
    expectOneLineError(result, /--data needs a value/);
    expect(await readdir(cwd)).toEqual([]);
  });

  it('ends quietly when its reader goes away (show AZ | head -1)', async () => {
    const child = spawn(process.execPath, [countryDeskBin, 'show', 'AZ', '--data', await tempDir()], { stdio: ['ignore', 'pipe', 'pipe'] });
    // Closed before the command starts: its first line already meets a broken pipe.
    child.stdout.destroy();
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const [code] = (await once(child, 'close')) as [number];
    expect(stderr).toBe('');
    expect(code).toBe(0);
  });

  it('prints the control bytes of a hostile file as escapes, not raw', async () => {
    const data = await tempDir();
    const file = path.join(data, 'hostile.json');
    await writeFile(file, '{"notes": [\u001b[2J\u001b]0;pwned\u0007');
    const result = await countryDesk('notes', 'import', file, '--data', data);
    expectOneLineError(result, /cannot be imported/);
    expect([...result.stderr.trimEnd()].filter((char) => char < ' ' || (char >= '\u007f' && char <= '\u009f'))).toEqual([]);
    expect(result.stderr).toContain('\\u001b[2J');
  });

  it('names an unreadable data folder', async () => {
    const file = path.join(await tempDir(), 'not-a-folder');
    await writeFile(file, 'x');
    const result = await countryDesk('countries', '--data', file);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/The data folder .*not-a-folder cannot be used/);
  });

  it('names a port already in use, and leaves the data folder unlocked for the next command', async () => {
    const data = await tempDir();
    const blocker = http.createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const { port } = blocker.address() as AddressInfo;
    try {
      const result = await countryDesk('serve', '--port', String(port), '--data', data);
      expect(result.code).toBe(1);
      expect(result.stderr.trim().split('\n')).toHaveLength(1);
      expect(result.stderr).toMatch(new RegExp(`Could not start the browser host on 127\\.0\\.0\\.1 port ${port}`));
    } finally {
      blocker.close();
    }
    const next = await countryDesk('notes', 'add', '--country', 'AZ', '--text', 'sau khi lỗi cổng', '--data', data);
    expect(next.code).toBe(0);
  });
});
