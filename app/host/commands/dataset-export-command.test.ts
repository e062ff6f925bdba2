import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { datasetSchema } from '../../shared/records/record-schema';
import { folderWithChanges, listJson, mongoliaArticle, tempDir } from '../testing/officer-records';
import { runCountryDesk } from '../testing/run-country-desk';

const countryDesk = (...args: string[]) => runCountryDesk(args);

describe('country-desk dataset export', () => {
  it('writes the merged view as a pack that a fresh folder imports to the same records, retired ones left out', async () => {
    const { data, files } = await folderWithChanges();
    const pack = path.join(files, 'pack.json');
    const exported = await countryDesk('dataset', 'export', pack, '--data', data);
    expect(exported.stderr).toBe('');
    expect(exported.stdout).toMatch(/^Dataset 2026\.12\.2\.\d+ written to .*pack\.json: 101 records of 6 countries, as this folder shows them/);

    const written = datasetSchema.parse(JSON.parse(await readFile(pack, 'utf8')));
    expect(written.records.map((record) => record.id)).not.toContain('kg-milestone-recognition-1991');
    expect(written.articles).toContainEqual(mongoliaArticle);
    expect(written.countries.map((country) => country.code).sort()).toEqual(['AZ', 'BY', 'KG', 'KZ', 'MN', 'RU']);

    const fresh = await tempDir();
    const imported = await countryDesk('dataset', 'import', pack, '--data', fresh);
    expect(imported.stderr).toBe('');
    expect(imported.code).toBe(0);
    const byId = <T extends { record: { id: string } }>(items: T[]) => items.map((item) => item.record).sort((a, b) => a.id.localeCompare(b.id));
    const merged = (await listJson(data)).filter((item) => item.retired === undefined);
    const there = await listJson(fresh);
    expect(byId(there)).toEqual(byId(merged));
    expect(there.every((item) => item.mark?.origin === 'reference')).toBe(true);
  });

  it('refuses a missing file argument and writes no file when the folder cannot be read', async () => {
    const data = await tempDir();
    const usage = await countryDesk('dataset', 'export', '--data', data);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toMatch(/^country-desk: Usage: country-desk dataset export FILE/);
    const missingFolder = await countryDesk('dataset', 'export', path.join(data, 'no-such-folder', 'pack.json'), '--data', data);
    expect(missingFolder.code).toBe(1);
    expect(missingFolder.stderr.trim().split('\n')).toHaveLength(1);
  });
});
