import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { expect } from 'vitest';
import { runCountryDesk } from './run-country-desk';

const countryDesk = (...args: string[]) => runCountryDesk(args);
/** A new empty folder in the system's temp folder. */
export const tempDir = () => mkdtemp(path.join(os.tmpdir(), 'country-desk-records-cli-'));
const text = (vi: string, en: string) => ({ vi, en, translation: 'ours' });

/** An article of the officer's, that no data folder holds yet. */
export const mongoliaArticle = {
  id: 'art-mn-montsame-2025-visit',
  publisher: 'Montsame',
  title: 'Chủ tịch Quốc hội Mông Cổ thăm chính thức Việt Nam',
  date: '2025-03-04',
  file: 'officer-mn-2025-visit.txt',
};
/** A record of the officer's, for a partner without reference records. */
export const mongoliaVisit = {
  id: 'mn-visit-2025-03',
  country: 'MN',
  kind: 'visit',
  date: '2025-03-04',
  direction: 'to-vietnam',
  level: 'official',
  title: text('Chủ tịch Đại Khural Quốc gia Mông Cổ thăm chính thức Việt Nam', 'Chairman of the State Great Khural of Mongolia visits Vietnam'),
  summary: text('Chuyến thăm chính thức Việt Nam từ ngày 4/3/2025.', 'An official visit to Vietnam from 4 March 2025.'),
  sources: [{ article: mongoliaArticle.id, passage: 'Chủ tịch Đại Khural Quốc gia Mông Cổ thăm chính thức Việt Nam.', confidence: 'high' }],
  principal: { name: text('Dashzegviin Amarbayasgalan', 'Dashzegviin Amarbayasgalan'), title: text('Chủ tịch Đại Khural Quốc gia', 'Chairman of the State Great Khural'), country: 'MN' },
  counterparts: [],
};

/** Writes `value` as JSON (or a string as is) to `dir/name`; resolves to the file's path. */
export async function writeJson(dir: string, name: string, value: unknown): Promise<string> {
  const file = path.join(dir, name);
  await writeFile(file, typeof value === 'string' ? value : JSON.stringify(value, null, 2));
  return file;
}

/** Every file under `dir` with its bytes, to show a refused command wrote nothing. */
export async function folderBytes(dir: string): Promise<Record<string, string>> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const files = entries.filter((entry) => entry.isFile()).map((entry) => path.join(entry.parentPath, entry.name));
  return Object.fromEntries(await Promise.all(files.map(async (file) => [path.relative(dir, file), (await readFile(file)).toString('base64')] as const)));
}

export interface Listed {
  record: { id: string; country: string; title: { en: string } };
  mark?: { origin: string; revision: number };
  retired?: { reason: string };
}
export const listJson = async (data: string, ...args: string[]) => JSON.parse((await countryDesk('records', 'list', '--json', ...args, '--data', data)).stdout) as Listed[];

/** A data folder holding one record of the officer's (Mongolia), one edit and one retirement; files to feed the commands in `files`. */
export async function folderWithChanges(): Promise<{ data: string; files: string }> {
  const [data, files] = await Promise.all([tempDir(), tempDir()]);
  const added = await countryDesk('records', 'add', '--file', await writeJson(files, 'visit.json', { record: mongoliaVisit, articles: [mongoliaArticle] }), '--data', data);
  expect(added.stderr).toBe('');
  expect(added.stdout).toBe('Record mn-visit-2025-03 added to MN (revision 1).\n');
  const patch = await writeJson(files, 'patch.json', { title: { en: 'President Ilham Aliyev pays a state visit to Vietnam' }, dateEnd: null });
  const edited = await countryDesk('records', 'edit', 'az-visit-2014-05', '--file', patch, '--data', data);
  expect(edited.stderr).toBe('');
  expect(edited.stdout).toBe('Record az-visit-2014-05 edited (revision 1).\n');
  const retired = await countryDesk('records', 'retire', 'kg-milestone-recognition-1991', '--reason', 'Trùng với hồ sơ khác', '--data', data);
  expect(retired.stderr).toBe('');
  expect(retired.stdout).toBe('Record kg-milestone-recognition-1991 retired (revision 1): Trùng với hồ sơ khác\n');
  return { data, files };
}

