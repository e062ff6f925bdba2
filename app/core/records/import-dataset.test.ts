import { rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDesk, type Desk } from '../desk';
import { createHandlers } from '../handlers';
import { referenceLayerFiles } from '../testing/reference-layer-files';
import { makeTestDataset, makeTestFolders } from '../testing/test-dataset';
import { importDataset } from './import-dataset';

const opened: { root: string; desk: Desk }[] = [];
afterEach(async () => {
  for (const { root, desk } of opened.splice(0)) {
    await desk.close();
    await rm(root, { recursive: true, force: true });
  }
});

describe('importDataset into a running desk', () => {
  it('refreshes the open records and search: getCountry and search see the new records at once', async () => {
    const { root, dataDir, resourcesDir } = await makeTestFolders();
    const desk = await openDesk({ dataDir, resourcesDir, access: 'write' });
    opened.push({ root, desk });
    const handlers = createHandlers(desk);
    expect(desk.search.search('Ximenhia', { types: ['record'] })).toEqual([]);

    const update = makeTestDataset('2026.5.1');
    const added = structuredClone(update.records[0]!);
    added.id = 'az-milestone-ximenhia-2025';
    added.kind = 'milestone';
    added.title = { vi: 'Hội thảo Ximenhia', en: 'The Ximenhia seminar', translation: 'ours' };
    update.records.push(added);
    const file = path.join(root, 'update.json');
    await writeFile(file, JSON.stringify(update));
    await importDataset(desk, file);
    // The records are searchable once the index, rebuilt in the background, is ready.
    expect(desk.search.state).toMatchObject({ state: 'building' });
    await desk.search.ready;

    const country = await handlers.getCountry({ code: 'AZ' });
    expect(country.records.map((record) => record.id)).toContain('az-milestone-ximenhia-2025');
    expect(desk.search.search('Ximenhia', { types: ['record'] }).map((hit) => hit.id)).toContain('az-milestone-ximenhia-2025');
    expect((await handlers.getStatus({})).datasetVersion).toBe('2026.5.1');
  });

  it('with dryRun says what it would do and changes nothing', async () => {
    const { root, dataDir, resourcesDir } = await makeTestFolders();
    const desk = await openDesk({ dataDir, resourcesDir, access: 'write' });
    opened.push({ root, desk });
    const before = await referenceLayerFiles(dataDir);
    const file = path.join(root, 'update.json');
    await writeFile(file, JSON.stringify(makeTestDataset('2026.6.1')));
    expect(await importDataset(desk, file, { dryRun: true })).toEqual({
      fromVersion: '2026.1.1',
      toVersion: '2026.6.1',
      countries: 2,
      records: 2,
      notesOnRemovedRecords: 0,
    });
    expect(await referenceLayerFiles(dataDir)).toEqual(before);
    expect(desk.records.datasetInfo().datasetVersion).toBe('2026.1.1');
  });
});
