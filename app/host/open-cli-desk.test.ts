import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDesk } from '../core/desk';
import { createHandlers } from '../core/handlers';
import { runCountryDesk } from './testing/run-country-desk';

const countryDesk = (...args: string[]) => runCountryDesk(args);

/** A data folder that was opened once, whose settings.json is then damaged. */
async function folderWithDamagedSettings(): Promise<string> {
  const data = await mkdtemp(path.join(os.tmpdir(), 'country-desk-cli-notices-'));
  await (await openDesk({ dataDir: data, access: 'write' })).close();
  await writeFile(path.join(data, 'settings.json'), '{"schemaVersion": 1, "lang": ');
  return data;
}

async function appNotices(data: string) {
  const app = await openDesk({ dataDir: data, access: 'write' });
  try {
    return (await createHandlers(app).getStatus({})).notices;
  } finally {
    await app.close();
  }
}

describe('recovery notices told by every command that opens the data folder', () => {
  it('a reading command (countries) tells the recovery on stderr, in its language, and leaves it for the app', async () => {
    const data = await folderWithDamagedSettings();
    const first = await countryDesk('countries', '--data', data);
    expect(first.code).toBe(0);
    expect(first.stderr).toBe('settings.json is damaged and no good copy was found; this command only reads, so it moved nothing and used an empty file. Open the app to set it aside.\n');
    expect(first.stdout).not.toContain('settings.json');

    const again = await countryDesk('show', 'AZ', '--lang', 'vi', '--data', data);
    expect(again.code).toBe(0);
    expect(again.stderr).toMatch(/^settings\.json .+\n$/);
    expect(again.stderr).not.toBe(first.stderr);

    expect(await appNotices(data)).toEqual(expect.arrayContaining([expect.objectContaining({ file: 'settings.json' })]));
  });

  it('a writing command (notes add) tells the recovery once and acknowledges it: the next command and the app are not told again', async () => {
    const data = await folderWithDamagedSettings();
    const added = await countryDesk('notes', 'add', '--country', 'AZ', '--text', 'Ghi chú', '--data', data);
    expect(added.code).toBe(0);
    expect(added.stderr).toMatch(/^settings\.json was damaged and no good copy was found; it was moved aside as settings\.json\.damaged-\S+ and a fresh file was started\.\n$/);

    const next = await countryDesk('search', 'Baku', '--data', data);
    expect(next.stderr).toBe('');
    expect(await appNotices(data)).toEqual([]);
  });
});
