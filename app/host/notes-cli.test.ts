import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDesk } from '../core/desk';
import { bundledDatasetPath } from '../core/records/load-bundled-dataset';
import { readReferenceIndex, referenceLayerFiles } from '../core/testing/reference-layer-files';
import { expectOneLineError, runCountryDesk } from './testing/run-country-desk';

const countryDesk = (...args: string[]) => runCountryDesk(args);


const tempDir = () => mkdtemp(path.join(os.tmpdir(), 'country-desk-notes-cli-'));

interface ListedNote {
  id: string;
  country: string;
  recordId?: string;
  body: string;
  tags: string[];
  recordRemoved: boolean;
}

describe('country-desk notes commands', () => {
  it('adds notes with repeated tags, lists them as text and JSON, exports them and imports them elsewhere', async () => {
    const data = await tempDir();
    const added = await countryDesk('notes', 'add', '--country', 'az', '--record', 'az-relations-1992', '--text', 'Đại sứ nhắc Hiệp định dầu khí', '--tag', 'dầu khí', '--tag', 'lễ tân', '--data', data);
    expect(added.stderr).toBe('');
    expect(added.code).toBe(0);
    expect(added.stdout).toMatch(/^Note [0-9a-f-]{36} added to az-relations-1992\.\n$/);
    expect((await countryDesk('notes', 'add', '--country', 'RU', '--text', 'Ghi chú về Nga', '--data', data)).code).toBe(0);

    const json = await countryDesk('notes', 'list', '--country', 'AZ', '--json', '--data', data);
    const notes = JSON.parse(json.stdout) as ListedNote[];
    expect(notes).toEqual([
      expect.objectContaining({ country: 'AZ', recordId: 'az-relations-1992', body: 'Đại sứ nhắc Hiệp định dầu khí', tags: ['dầu khí', 'lễ tân'], recordRemoved: false }),
    ]);
    const text = await countryDesk('notes', 'list', '--data', data);
    expect(text.stdout.trim().split('\n')).toHaveLength(2);
    expect(text.stdout).toContain('record az-relations-1992  Đại sứ nhắc Hiệp định dầu khí  #dầu khí #lễ tân');

    const folder = await tempDir();
    const file = path.join(folder, 'notes.json');
    const exported = await countryDesk('notes', 'export', file, '--markdown', path.join(folder, 'md'), '--data', data);
    expect(exported.code).toBe(0);
    expect(exported.stdout).toContain(`2 notes exported to ${file}.`);
    expect(exported.stdout).toContain('2 notes written as Markdown');
    expect((await readdir(path.join(folder, 'md'))).sort()).toEqual(['AZ', 'RU']);

    const elsewhere = await tempDir();
    const imported = await countryDesk('notes', 'import', file, '--data', elsewhere);
    expect(imported.stdout).toContain(`${file}: 2 to add, 0 to update, 0 unchanged.\n`);
    expect(imported.stderr).toBe('Writing notes: 2 of 2\n');
    expect(imported.stdout).toContain('2 added, 0 updated, 0 unchanged');
    const again = await countryDesk('notes', 'import', file, '--data', elsewhere);
    expect(again.stdout).toContain('0 added, 0 updated, 2 unchanged');
    const copied = JSON.parse((await countryDesk('notes', 'list', '--json', '--data', elsewhere)).stdout) as ListedNote[];
    expect(copied.map((n) => n.id).sort()).toEqual((JSON.parse((await countryDesk('notes', 'list', '--json', '--data', data)).stdout) as ListedNote[]).map((n) => n.id).sort());
  });

  it.each([
    [['notes', 'add', '--country', 'XX', '--text', 'x'], /Unknown country code: XX/],
    [['notes', 'add', '--country', 'AZ', '--record', 'az-no-such-record', '--text', 'x'], /No record with the id az-no-such-record/],
    [['notes', 'add', '--country', 'RU', '--record', 'az-relations-1992', '--text', 'x'], /No record with the id az-relations-1992/],
    [['notes', 'add', '--country', 'AZ'], /--text TEXT is required/],
    [['notes', 'list', '--country', 'QQ'], /Unknown country code: QQ/],
    [['notes', 'add', '--country', 'AZ', '--text', 'x', '--tag', Array.from({ length: 31 }, (_, i) => `t${i}`).join(',')], /The request saveNote was refused: tags: /],
    [['notes', 'add', '--country', 'AZ', '--text', 'x', '--tag', 'a'.repeat(41)], /The request saveNote was refused: tags\.0: a tag has at most 40 characters/],
    [['notes', 'delete', 'note-no-such-note-01'], /No note with the id note-no-such-note-01/],
    [['notes', 'delete', 'Bad Id'], /The request deleteNote was refused: id: /],
  ])('%j prints one line on stderr and exits non-zero', async (args, message) => {
    const data = await tempDir();
    const result = await countryDesk(...args, '--data', data);
    expectOneLineError(result, message);
    expect(result.stdout).toBe('');
  });

  it('refuses a bad notes import with one line, changing nothing', async () => {
    const data = await tempDir();
    await countryDesk('notes', 'add', '--country', 'AZ', '--text', 'giữ nguyên', '--data', data);
    const bad = path.join(await tempDir(), 'bad.json');
    await writeFile(bad, JSON.stringify({ format: 'something-else' }));
    const before = await readdir(path.join(data, 'notes'));
    const result = await countryDesk('notes', 'import', bad, '--data', data);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/cannot be imported: format: not a Country Desk notes export/);
    expect(await readdir(path.join(data, 'notes'))).toEqual(before);
  });

  it('dataset import refuses a malformed file and changes nothing, and replaces the records with a good one', async () => {
    const data = await tempDir();
    await countryDesk('notes', 'add', '--country', 'AZ', '--record', 'az-relations-1992', '--text', 'ghi chú', '--data', data);
    const recordsBefore = await referenceLayerFiles(data);
    const noteFile = (await readdir(path.join(data, 'notes'))).find((f) => f.endsWith('.json'))!;
    const noteBefore = await readFile(path.join(data, 'notes', noteFile));

    const folder = await tempDir();
    const bad = path.join(folder, 'bad.json');
    await writeFile(bad, '{"schemaVersion": 1, "records": [');
    const refused = await countryDesk('dataset', 'import', bad, '--data', data);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/The dataset .*bad\.json is not valid and was not used/);
    expect(await referenceLayerFiles(data)).toEqual(recordsBefore);

    const dataset = JSON.parse(await readFile(bundledDatasetPath(), 'utf8'));
    dataset.datasetVersion = `${dataset.datasetVersion}.1`;
    dataset.records = dataset.records.filter((record: { id: string }) => record.id !== 'az-relations-1992');
    const good = path.join(folder, 'good.json');
    await writeFile(good, JSON.stringify(dataset));
    const imported = await countryDesk('dataset', 'import', good, '--data', data);
    expect(imported.stderr).toBe('');
    expect(imported.stdout).toContain(`Dataset ${dataset.datasetVersion} imported`);
    expect(imported.stdout).toContain('1 note is on a record the new dataset no longer has');
    expect((await readReferenceIndex(data)).datasetVersion).toBe(dataset.datasetVersion);
    expect(await readFile(path.join(data, 'notes', noteFile))).toEqual(noteBefore);
    const listed = JSON.parse((await countryDesk('notes', 'list', '--json', '--data', data)).stdout) as ListedNote[];
    expect(listed[0]).toMatchObject({ recordId: 'az-relations-1992', recordRemoved: true });
  });

  it('a writing command says clearly that the app holds the data folder', async () => {
    const data = await tempDir();
    const app = await openDesk({ dataDir: data, access: 'write' });
    try {
      const result = await countryDesk('notes', 'add', '--country', 'AZ', '--text', 'x', '--data', data);
      expect(result.code).toBe(1);
      expect(result.stderr).toMatch(/is in use by another Country Desk window or command/);
      // Reading still works.
      expect((await countryDesk('notes', 'list', '--data', data)).code).toBe(0);
    } finally {
      await app.close();
    }
  });

  it('notes import --dry-run says what it would do and writes nothing', async () => {
    const data = await tempDir();
    await countryDesk('notes', 'add', '--country', 'AZ', '--text', 'Một ghi chú', '--data', data);
    const file = path.join(await tempDir(), 'notes.json');
    await countryDesk('notes', 'export', file, '--data', data);
    const elsewhere = await tempDir();
    const planned = await countryDesk('notes', 'import', file, '--dry-run', '--data', elsewhere);
    expect(planned.stdout).toBe(`${file}: 1 to add, 0 to update, 0 unchanged.\n`);
    expect(await readdir(elsewhere)).not.toContain('notes');
  });

  it('notes delete moves a note to the trash, where notes list no longer shows it', async () => {
    const data = await tempDir();
    const added = await countryDesk('notes', 'add', '--country', 'AZ', '--text', 'Ghi chú không hiển thị được', '--data', data);
    const id = /Note ([0-9a-f-]{36}) added/.exec(added.stdout)?.[1] ?? '';
    const deleted = await countryDesk('notes', 'delete', id, '--data', data);
    expect(deleted.stdout).toBe(`Note ${id} moved to the trash (it can be restored for 30 days).\n`);
    expect(deleted.code).toBe(0);
    expect(JSON.parse((await countryDesk('notes', 'list', '--json', '--data', data)).stdout)).toEqual([]);
  });
});
