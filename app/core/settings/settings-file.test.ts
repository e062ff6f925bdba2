import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openSettingsFile, SETTINGS_FILE_NAME } from './settings-file';

const roots: string[] = [];
afterEach(async () => Promise.all(roots.splice(0).map((root) => rm(root, { recursive: true, force: true }))));

describe('openSettingsFile', () => {
  it.each(['{"schemaVersion": 1, "lang": "en"}', '{"schemaVersion": 1, "language": "fr"}'])(
    'refuses settings of the wrong shape (%s) with a notice, keeping the file aside, not silently resetting them',
    async (wrong) => {
      const dataDir = await mkdtemp(path.join(os.tmpdir(), 'settings-'));
      roots.push(dataDir);
      await writeFile(path.join(dataDir, SETTINGS_FILE_NAME), wrong);
      const settings = await openSettingsFile(dataDir, false);
      expect(settings.notices).toEqual([expect.objectContaining({ code: 'file-damaged-reset', file: SETTINGS_FILE_NAME })]);
      const aside = (await readdir(dataDir)).find((name) => name.startsWith(`${SETTINGS_FILE_NAME}.damaged-`));
      expect(await readFile(path.join(dataDir, aside ?? ''), 'utf8')).toBe(wrong);
    },
  );
});
