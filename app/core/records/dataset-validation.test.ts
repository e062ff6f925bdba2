import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDesk, type Desk } from '../desk';
import { readReferenceIndex, referenceLayerFiles, writeReferenceIndex } from '../testing/reference-layer-files';
import { makeTestDataset, makeTestFolders } from '../testing/test-dataset';
import { REFERENCE_INDEX_FILE } from './reference-layer-files';
import { checkDataset } from './check-dataset';
import { importDataset } from './import-dataset';
import { loadDatasetFile } from './load-bundled-dataset';
import type { Dataset } from '../../shared/records/record-schema';
import { firstArticleSource } from '../testing/first-article-source';

const roots: string[] = [];
const desks: Desk[] = [];
afterEach(async () => {
  await Promise.all(desks.splice(0).map((desk) => desk.close()));
  await Promise.all(roots.splice(0).map((root) => rm(root, { recursive: true, force: true })));
});

async function openFolder(dataset?: Dataset) {
  const folders = await makeTestFolders(dataset);
  roots.push(folders.root);
  const desk = await openDesk({ dataDir: folders.dataDir, resourcesDir: folders.resourcesDir, access: 'write' });
  desks.push(desk);
  return { ...folders, desk };
}

/** The bundled test dataset broken in several ways at once. */
function brokenDataset(): Dataset {
  const dataset = makeTestDataset('2026.2.1');
  const [first, second] = dataset.records as [Dataset['records'][number], Dataset['records'][number]];
  second.id = first.id;
  second.country = 'ZZ';
  firstArticleSource(first).article = 'art-missing';
  dataset.countries.push({ ...dataset.countries[0]! });
  return dataset;
}

const messageOf = (error: unknown) => (error as { params: { detail: string } }).params.detail;

describe('one dataset schema for check, the loader and dataset import', () => {
  it('gives a broken dataset the same messages from all three, every problem with its path', async () => {
    const { root, desk } = await openFolder();
    const file = path.join(root, 'broken.json');
    await writeFile(file, JSON.stringify(brokenDataset()));

    const fromCheck = checkDataset(brokenDataset())
      .filter((p) => p.severity === 'error')
      .map((p) => `${p.path}: ${p.message}`);
    expect(fromCheck).toEqual([
      "countries[2] (AZ).code: duplicate country code 'AZ' (also countries[0])",
      "records[1] (az-relations-1992).id: duplicate record id 'az-relations-1992' (also records[0])",
      "records[0] (az-relations-1992).sources[0].article: unknown article 'art-missing'",
      "records[1] (az-relations-1992).country: unknown country 'ZZ'",
    ]);
    const fromLoader = await loadDatasetFile(file).catch(messageOf);
    const fromImport = await importDataset(desk, file).catch(messageOf);
    expect(fromLoader).toBe(fromCheck.join('; '));
    expect(fromImport).toBe(fromCheck.join('; '));
  });

  it.each<[string, (d: Dataset) => void]>([
    ['duplicate record ids', (d) => (d.records[1]!.id = d.records[0]!.id)],
    ['duplicate countries', (d) => d.countries.push({ ...d.countries[1]! })],
    ['an empty dataset', (d) => ((d.records = []), (d.countries = []))],
    ['an unknown country', (d) => (d.records[0]!.country = 'ZZ')],
    ['a dangling article', (d) => (firstArticleSource(d.records[1]!).article = 'art-none')],
    ['a version that is a path', (d) => (d.datasetVersion = '1.0/../../../../tmp/PWNED')],
  ])('refuses to import %s and changes nothing', async (_what, breakIt) => {
    const { root, dataDir, desk } = await openFolder();
    const recordsBefore = await referenceLayerFiles(dataDir);
    const backupsBefore = await readdir(path.join(dataDir, 'backups')).catch(() => []);
    const dataset = makeTestDataset('2026.3.1');
    breakIt(dataset);
    const file = path.join(root, 'import.json');
    await writeFile(file, JSON.stringify(dataset));
    await expect(importDataset(desk, file)).rejects.toMatchObject({ code: 'dataset-invalid' });
    expect(await referenceLayerFiles(dataDir)).toEqual(recordsBefore);
    expect(await readdir(path.join(dataDir, 'backups')).catch(() => [])).toEqual(backupsBefore);
    expect(desk.records.datasetInfo().datasetVersion).toBe('2026.1.1');
  });

  it('imports a valid export that starts with a UTF-8 byte order mark', async () => {
    const { root, desk } = await openFolder();
    const file = path.join(root, 'bom.json');
    await writeFile(file, `\uFEFF${JSON.stringify(makeTestDataset('2026.4.1'))}`);
    expect(await importDataset(desk, file)).toMatchObject({ fromVersion: '2026.1.1', toVersion: '2026.4.1' });
  });
});

describe('a dataset version is never a path', () => {
  it.each(['1.0/../../../PWNED', '1.0/../../../../tmp/PWNED', '1.0/x'])(
    'a records index declaring %s is set aside, nothing is written outside the data folder, and the folder stays usable',
    async (version) => {
      const { root, resourcesDir, dataDir, desk } = await openFolder();
      await desk.close();
      desks.pop();
      await writeReferenceIndex(dataDir, JSON.stringify({ ...(await readReferenceIndex(dataDir)), datasetVersion: version }));
      await rm(path.join(dataDir, 'backups'), { recursive: true, force: true });

      const reopened = await openDesk({ dataDir, resourcesDir, access: 'write' });
      desks.push(reopened);
      expect(reopened.records.datasetInfo().datasetVersion).toBe('2026.1.1');
      expect(await reopened.records.listCountryRecords('AZ')).toHaveLength(1);
      expect(reopened.notices).toEqual([expect.objectContaining({ code: 'file-damaged-reset', file: REFERENCE_INDEX_FILE })]);
      expect((await readdir(root)).sort()).toEqual(['data', 'resources']);
      expect((await readdir('/tmp')).filter((name) => name.startsWith('PWNED'))).toEqual([]);
    },
  );

  it('tells the officer when the bundled dataset replaces an older one, naming the backup', async () => {
    const { resourcesDir, dataDir, desk } = await openFolder();
    await desk.close();
    desks.pop();
    await writeReferenceIndex(dataDir, JSON.stringify({ ...(await readReferenceIndex(dataDir)), datasetVersion: '1.0' }));

    const reopened = await openDesk({ dataDir, resourcesDir, access: 'write' });
    desks.push(reopened);
    const notice = reopened.notices.find((n) => n.code === 'dataset-updated');
    expect(notice).toMatchObject({ fromDataset: '1.0', toDataset: '2026.1.1', movedTo: expect.stringMatching(/^backups\/reference\.1\.0\./) });
    expect(JSON.parse(await readFile(path.join(dataDir, notice?.movedTo ?? '', 'index.json'), 'utf8'))).toMatchObject({ datasetVersion: '1.0' });
  });
});

describe('a newer records index of another shape', () => {
  it.each(['{"schemaVersion": 3, "datasetVersion": "2027.1.1", "data": {"records": {}}}', '{"schemaVersion": 99}'])(
    'is opened read-only with a clear notice, left as it is, and the desk still shows the newest good copy (%s)',
    async (newer) => {
      const { resourcesDir, dataDir, desk } = await openFolder();
      await desk.close();
      desks.pop();
      await writeReferenceIndex(dataDir, newer);

      const reopened = await openDesk({ dataDir, resourcesDir, access: 'write' });
      desks.push(reopened);
      expect(reopened.reference.readOnly).toBe(true);
      expect(reopened.notices.map((notice) => notice.code)).toEqual(['file-newer-than-app', 'file-newer-unreadable']);
      expect(reopened.records.listCountries().map((summary) => summary.country.code)).toEqual(['AZ', 'BY']);
      await reopened.search.ready;
      expect(reopened.search.search('Azerbaijan', { types: ['record'] }).length).toBeGreaterThan(0);
      await reopened.close();
      desks.pop();
      expect(await readFile(path.join(dataDir, REFERENCE_INDEX_FILE), 'utf8')).toBe(newer);
    },
  );
});

