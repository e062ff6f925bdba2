import { readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDesk } from './desk';
import { createHandlers } from './handlers';
import { ageReferenceLayer, referenceLayerFiles } from './testing/reference-layer-files';
import { makeTestDataset, makeTestFolders } from './testing/test-dataset';

const PAST = new Date('2020-01-01T00:00:00Z');

describe('openDesk', () => {
  it('seeds the reference records from the bundled dataset on first start, into a file per country', async () => {
    const { resourcesDir, dataDir } = await makeTestFolders();
    const desk = await openDesk({ dataDir, resourcesDir, access: 'write' });
    const onDisk = JSON.parse(await readFile(path.join(dataDir, 'records', 'reference', 'countries', 'AZ.json'), 'utf8'));
    expect(onDisk.records.map((r: { id: string }) => r.id)).toEqual(['az-relations-1992']);
    expect([...(await referenceLayerFiles(dataDir)).keys()]).toEqual(['articles.json', 'countries/AZ.json', 'countries/BY.json', 'index.json', 'record-countries.json']);
    expect(desk.records.listCountries().map((c) => c.country.code)).toEqual(['AZ', 'BY']);
    await desk.close();
  });

  it('refuses a second writer on the same data folder with a clear error, while readers still work', async () => {
    const { resourcesDir, dataDir } = await makeTestFolders();
    const first = await openDesk({ dataDir, resourcesDir, access: 'write' });
    await expect(openDesk({ dataDir, resourcesDir, access: 'write' })).rejects.toMatchObject({
      code: 'data-locked',
      params: { path: dataDir },
    });
    const reader = await openDesk({ dataDir, resourcesDir, access: 'read' });
    expect(reader.records.findCountry('AZ')?.name.en).toBe('Azerbaijan');
    await first.close();
    const second = await openDesk({ dataDir, resourcesDir, access: 'write' });
    await second.close();
  });

  it('saving a setting does not rewrite the reference records', async () => {
    const { resourcesDir, dataDir } = await makeTestFolders();
    const desk = await openDesk({ dataDir, resourcesDir, access: 'write' });
    await ageReferenceLayer(dataDir, PAST);
    const before = await referenceLayerFiles(dataDir);

    await createHandlers(desk).updateSettings({ language: 'en' });
    await desk.close();

    expect(JSON.parse(await readFile(path.join(dataDir, 'settings.json'), 'utf8'))).toMatchObject({ language: 'en' });
    expect(await referenceLayerFiles(dataDir)).toEqual(before);
  });

  it('replaces the records with a newer bundled dataset after a backup, and keeps an equal one', async () => {
    const { resourcesDir, dataDir } = await makeTestFolders(makeTestDataset('2026.1.1'));
    await (await openDesk({ dataDir, resourcesDir, access: 'write' })).close();

    const newer = makeTestDataset('2026.1.10');
    newer.records.pop();
    await writeFile(path.join(resourcesDir, 'dataset', 'dataset.json'), JSON.stringify(newer));
    const desk = await openDesk({ dataDir, resourcesDir, access: 'write' });
    expect(desk.records.datasetInfo().datasetVersion).toBe('2026.1.10');
    expect(desk.records.listCountries().map((summary) => summary.recordCount)).toEqual([1, 0]);
    await desk.close();
    const backups = await import('node:fs/promises').then((fs) => fs.readdir(path.join(dataDir, 'backups')));
    expect(backups.some((f) => f.startsWith('reference.2026.1.1.'))).toBe(true);
  });

  it('a reading desk on a folder that does not exist writes nothing', async () => {
    const { resourcesDir, root } = await makeTestFolders();
    const dataDir = path.join(root, 'never-created');
    const desk = await openDesk({ dataDir, resourcesDir, access: 'read' });
    expect(desk.records.listCountries()).toHaveLength(2);
    await desk.close();
    await expect(stat(dataDir)).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('names an unusable data folder', async () => {
    const { resourcesDir, root } = await makeTestFolders();
    const notAFolder = path.join(root, 'file');
    await writeFile(notAFolder, 'x');
    await expect(openDesk({ dataDir: notAFolder, resourcesDir, access: 'read' })).rejects.toMatchObject({
      code: 'data-folder-unreadable',
    });
  });
});
