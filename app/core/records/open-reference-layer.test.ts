import { existsSync } from 'node:fs';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type { Dataset } from '../../shared/records/record-schema';
import { openDesk } from '../desk';
import { openNotesStore } from '../notes/notes-store';
import { makeTestDataset, makeTestFolders } from '../testing/test-dataset';
import { bundledDataset, loadBundledDataset, type BundledDataset } from './load-bundled-dataset';
import { openReferenceLayer } from './open-reference-layer';
import { openRecordsFile, RECORDS_FILE_NAME } from './records-file';
import { countryFileName, REFERENCE_DIR } from './reference-layer-files';
import { createRecordsService } from './records-service';

function countingLoads(version: string): BundledDataset & { load: ReturnType<typeof vi.fn> } {
  return { version: async () => version, load: vi.fn(async () => makeTestDataset(version)) };
}

/** A dataset as JSON with its articles and records in id order: the same content, whatever order the files keep. */
function canonical(dataset: Dataset): string {
  const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);
  return JSON.stringify({ ...dataset, articles: [...dataset.articles].sort(byId), records: [...dataset.records].sort(byId) });
}

/** Every file under `dir`, with its bytes. */
async function filesUnder(dir: string): Promise<Map<string, Buffer>> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  const files = entries.filter((entry) => entry.isFile()).map((entry) => path.join(entry.parentPath, entry.name));
  return new Map(await Promise.all(files.sort().map(async (file): Promise<[string, Buffer]> => [path.relative(dir, file), await readFile(file)])));
}

describe('openReferenceLayer', () => {
  it('does not load the bundled dataset when its declared version is not newer', async () => {
    const { dataDir } = await makeTestFolders();
    const first = countingLoads('2026.1.1');
    await openReferenceLayer(dataDir, first, false);
    expect(first.load).toHaveBeenCalledTimes(1);

    const same = countingLoads('2026.1.1');
    const layer = await openReferenceLayer(dataDir, same, false);
    expect(same.load).not.toHaveBeenCalled();
    expect(layer.records.datasetInfo().datasetVersion).toBe('2026.1.1');
  });

  it('loads it and replaces the records when it declares a newer version', async () => {
    const { dataDir } = await makeTestFolders();
    await openReferenceLayer(dataDir, countingLoads('2026.1.1'), false);
    const newer = countingLoads('2026.1.10');
    const layer = await openReferenceLayer(dataDir, newer, false);
    expect(newer.load).toHaveBeenCalledTimes(1);
    expect(layer.records.datasetInfo().datasetVersion).toBe('2026.1.10');
  });

  it('lists the countries from the index alone, and reads a country file only when its records are asked for', async () => {
    const { dataDir } = await makeTestFolders();
    await openReferenceLayer(dataDir, countingLoads('2026.1.1'), false);
    await writeFile(path.join(dataDir, REFERENCE_DIR, countryFileName('BY')), '{"damaged": ');

    const layer = await openReferenceLayer(dataDir, countingLoads('2026.1.1'), false);
    expect(layer.records.listCountries().map((summary) => [summary.country.code, summary.recordCount])).toEqual([['AZ', 1], ['BY', 1]]);
    expect(await layer.records.listCountryRecords('AZ')).toHaveLength(1);
    expect(layer.notices).toEqual([]);
    expect(await layer.records.listCountryRecords('BY')).toEqual([]);
    expect(layer.notices).toEqual([expect.objectContaining({ code: 'file-damaged-reset', file: path.join(REFERENCE_DIR, countryFileName('BY')) })]);
  });

  it('finds a record by id alone, and the articles records cite', async () => {
    const { dataDir } = await makeTestFolders();
    const { records } = await openReferenceLayer(dataDir, countingLoads('2026.1.1'), false);
    const trade = await records.findRecord('by-trade-2024');
    expect(trade?.country).toBe('BY');
    expect((await records.citedArticles([trade!])).map((article) => article.id)).toEqual(['art-test']);
    expect(await records.findRecord('by-nothing')).toBeUndefined();
  });
});

describe('migrating a data folder an earlier app wrote (one records.json)', () => {
  it('keeps every record and note: a backup first, the split files, records.json gone, the same dataset after a round trip', async () => {
    const dataset = await loadBundledDataset();
    const { dataDir, resourcesDir } = await makeTestFolders(dataset);
    // The folder as the version before the split left it: records.json written by its own code path, and notes.
    await (await openRecordsFile(dataDir, bundledDataset(resourcesDir), false)).flush();
    const notes = await openNotesStore({ dataDir, readOnly: false });
    await notes.save({ id: 'note-az-migrated-01', country: 'AZ', recordId: dataset.records[0]!.id, body: 'Ghi chú trước khi tách', tags: ['giữ'], pinned: true });
    await notes.save({ id: 'note-ru-migrated-02', country: 'RU', body: 'Một ghi chú khác', tags: [], pinned: false });
    await notes.flush();
    const recordsBytes = await readFile(path.join(dataDir, RECORDS_FILE_NAME));
    const notesBefore = await filesUnder(path.join(dataDir, 'notes'));

    const desk = await openDesk({ dataDir, resourcesDir, access: 'write' });
    try {
      expect(desk.notices).toContainEqual({ code: 'file-migrated', file: RECORDS_FILE_NAME, fromVersion: 1, toVersion: 2 });
      expect(existsSync(path.join(dataDir, RECORDS_FILE_NAME))).toBe(false);
      const backups = (await readdir(path.join(dataDir, 'backups'))).filter((name) => name.startsWith('records.v1.'));
      expect(backups).toHaveLength(1);
      expect(await readFile(path.join(dataDir, 'backups', backups[0]!))).toEqual(recordsBytes);

      const stored = JSON.parse(recordsBytes.toString('utf8')) as Dataset;
      const merged = await desk.records.readDataset();
      expect(canonical(merged)).toBe(canonical(stored));
      expect(merged.records.map((record) => record.id)).toEqual(stored.records.map((record) => record.id));
      const before = createRecordsService(stored);
      for (const { country } of before.listCountries()) {
        expect(await desk.records.listCountryRecords(country.code)).toEqual(await before.listCountryRecords(country.code));
      }
      expect(desk.records.listCountries()).toEqual(before.listCountries());
      expect(desk.notes.all().map((note) => note.id).sort()).toEqual(['note-az-migrated-01', 'note-ru-migrated-02']);
    } finally {
      await desk.close();
    }
    expect(await filesUnder(path.join(dataDir, 'notes'))).toEqual(notesBefore);
  });

  it('a reading command on such a folder reads records.json as it is and writes nothing', async () => {
    const { dataDir, resourcesDir } = await makeTestFolders();
    await (await openRecordsFile(dataDir, bundledDataset(resourcesDir), false)).flush();
    const before = await filesUnder(dataDir);
    const layer = await openReferenceLayer(dataDir, bundledDataset(resourcesDir), true);
    expect(await layer.records.listCountryRecords('AZ')).toHaveLength(1);
    expect(await filesUnder(dataDir)).toEqual(before);
  });
});
