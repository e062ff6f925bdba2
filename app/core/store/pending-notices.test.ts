import { rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDesk } from '../desk';
import { createHandlers } from '../handlers';
import { makeTestFolders } from '../testing/test-dataset';

const roots: string[] = [];
afterEach(async () => Promise.all(roots.splice(0).map((root) => rm(root, { recursive: true, force: true }))));

async function folders() {
  const made = await makeTestFolders();
  roots.push(made.root);
  const desk = await openDesk({ dataDir: made.dataDir, resourcesDir: made.resourcesDir, access: 'write' });
  await desk.close();
  return made;
}

const settingsDamaged = expect.objectContaining({ code: 'file-damaged-reset', file: 'settings.json' });

describe('recovery notices kept in the data folder until the app has shown them', () => {
  it('tells a recovery made by a command that printed nothing at the next open, once the app shows it not again', async () => {
    const { dataDir, resourcesDir } = await folders();
    await writeFile(path.join(dataDir, 'settings.json'), '{"schemaVersion": 1, "lang": "en"}');

    const silent = await openDesk({ dataDir, resourcesDir, access: 'write' }); // e.g. `notes add`: recovers, prints nothing
    await silent.close();

    const reader = await openDesk({ dataDir, resourcesDir, access: 'read' }); // a reading command sees it too
    expect(reader.notices).toEqual([settingsDamaged]);
    await reader.close();

    const app = await openDesk({ dataDir, resourcesDir, access: 'write' });
    const status = await createHandlers(app).getStatus({});
    expect(status.notices).toEqual([settingsDamaged]);
    expect(app.notices).toEqual([settingsDamaged]); // still listed while this app runs
    await app.close();

    const later = await openDesk({ dataDir, resourcesDir, access: 'write' });
    expect(later.notices).toEqual([]);
    await later.close();
  });

  it('writes no notices file into a folder that has nothing to tell', async () => {
    const { dataDir, resourcesDir } = await folders();
    const desk = await openDesk({ dataDir, resourcesDir, access: 'write' });
    expect(desk.notices).toEqual([]);
    await desk.close();
    await expect(stat(path.join(dataDir, 'notices.json'))).rejects.toMatchObject({ code: 'ENOENT' });
  });
});
