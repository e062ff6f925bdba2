import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { folderBytes, folderWithChanges, listJson, mongoliaArticle, mongoliaVisit, tempDir, writeJson } from '../testing/officer-records';
import { expectOneLineError, runCountryDesk } from '../testing/run-country-desk';

const countryDesk = (...args: string[]) => runCountryDesk(args);

describe('country-desk records commands', () => {
  it('adds, edits and retires records, and lists and tells their history', async () => {
    const { data } = await folderWithChanges();

    const mongolia = await listJson(data, '--country', 'mn');
    expect(mongolia).toEqual([expect.objectContaining({ record: expect.objectContaining({ id: 'mn-visit-2025-03' }), mark: expect.objectContaining({ origin: 'mine', revision: 1 }) })]);
    const azerbaijan = await listJson(data, '--country', 'AZ');
    const edited = azerbaijan.find((item) => item.record.id === 'az-visit-2014-05');
    expect(edited?.mark?.origin).toBe('edited');
    expect(edited?.record.title.en).toBe('President Ilham Aliyev pays a state visit to Vietnam');
    expect(edited?.record).not.toHaveProperty('dateEnd');
    expect(azerbaijan.filter((item) => item.mark?.origin === 'reference').length).toBe(azerbaijan.length - 1);

    const mine = await listJson(data, '--mine');
    expect(mine.map((item) => [item.record.id, item.retired ? 'retired' : item.mark?.origin]).sort()).toEqual([
      ['az-visit-2014-05', 'edited'],
      ['kg-milestone-recognition-1991', 'retired'],
      ['mn-visit-2025-03', 'mine'],
    ]);
    const mineText = await countryDesk('records', 'list', '--mine', '--data', data);
    expect(mineText.stdout.trim().split('\n')).toHaveLength(3);
    expect(mineText.stdout).toMatch(/^mn-visit-2025-03 {2}MN {2}4 Mar 2025 {2}Visit {2}mine {2}Chairman of the State Great Khural/m);
    expect(mineText.stdout).toMatch(/^kg-milestone-recognition-1991 {2}KG {2}.* {2}retired {2}/m);

    const history = await countryDesk('records', 'history', 'kg-milestone-recognition-1991', '--data', data);
    expect(history.stdout).toMatch(/^History of kg-milestone-recognition-1991 \(retired\):\n1 {2}\d{4}-\d\d-\d\dT[^ ]+ {2}.+ {2}retired\n {3}reason: Trùng với hồ sơ khác\n$/);
    const untouched = await countryDesk('records', 'history', 'az-relations-1992', '--data', data);
    expect(untouched.stdout).toBe('az-relations-1992 is a reference record you have not changed: it has no history yet.\n');
    const json = JSON.parse((await countryDesk('records', 'history', 'az-visit-2014-05', '--json', '--data', data)).stdout) as { history: { action: string }[] };
    expect(json.history.map((revision) => revision.action)).toEqual(['edited']);
  });

  it("speaks the language of the folder's settings unless --lang says otherwise", async () => {
    const [data, files] = await Promise.all([tempDir(), tempDir()]);
    await writeJson(data, 'settings.json', { schemaVersion: 1, language: 'vi' });
    const file = await writeJson(files, 'visit.json', { record: { ...mongoliaVisit, date: '2025-13' }, articles: [mongoliaArticle] });
    const vi = await countryDesk('records', 'add', '--file', file, '--data', data);
    expectOneLineError(vi, /visit\.json: record\.date: ngày 2025-13 không có thật \(cần một ngày có thật\)\. Không có gì được lưu\./);
    const en = await countryDesk('records', 'add', '--file', file, '--lang', 'en', '--data', data);
    expectOneLineError(en, /visit\.json: record\.date: impossible date 2025-13 \(expected a real date\)\. Nothing was saved\./);
    const added = await countryDesk('records', 'add', '--file', await writeJson(files, 'good.json', { record: mongoliaVisit, articles: [mongoliaArticle] }), '--data', data);
    expect(added.stdout).toBe('Đã thêm hồ sơ mn-visit-2025-03 vào MN (phiên bản 1).\n');
  });

  const badInputs: [string, (files: string) => Promise<string[]>, RegExp][] = [
    ['add: a file that is not JSON', async (files) => ['records', 'add', '--file', await writeJson(files, 'bad.json', '{ "record": ')], /bad\.json: not a JSON file \(.+\)\. Nothing was saved\./],
    ['add: no such file', async (files) => ['records', 'add', '--file', path.join(files, 'absent.json')], /absent\.json: cannot be read \(.*ENOENT.*\)\. Nothing was saved\./],
    ['add: a field wrong', async (files) => ['records', 'add', '--file', await writeJson(files, 'r.json', { record: { ...mongoliaVisit, date: '2025-3' }, articles: [mongoliaArticle] })], /r\.json: record\.date: malformed date '2025-3' \(expected YYYY, YYYY-MM or YYYY-MM-DD\)\. Nothing was saved\./],
    ['add: an unknown field', async (files) => ['records', 'add', '--file', await writeJson(files, 'r.json', { record: mongoliaVisit, article: [] })], /r\.json: article: is not a field here\. Nothing was saved\./],
    ['add: an unknown country', async (files) => ['records', 'add', '--file', await writeJson(files, 'r.json', { record: { ...mongoliaVisit, id: 'xx-visit-2025', country: 'XX' }, articles: [mongoliaArticle] })], /XX/],
    ['add: an id the folder holds', async (files) => ['records', 'add', '--file', await writeJson(files, 'r.json', { record: { ...mongoliaVisit, id: 'az-visit-2014-05', country: 'AZ' }, articles: [mongoliaArticle] })], /az-visit-2014-05/],
    ['add: no --file', async () => ['records', 'add'], /--file FILE is required\. Run 'country-desk help'/],
    ['add: a wrong flag', async (files) => ['records', 'add', '--fil', path.join(files, 'r.json')], /Unknown option '--fil'/],
    ['edit: an unknown id', async (files) => ['records', 'edit', 'az-no-such-record', '--file', await writeJson(files, 'p.json', { date: '2020' })], /az-no-such-record/],
    ['edit: a field wrong', async (files) => ['records', 'edit', 'az-visit-2014-05', '--file', await writeJson(files, 'p.json', { level: 'royal' })], /p\.json: level: 'royal' is not one of: state, official, working, other\. Nothing was saved\./],
    ['edit: the id changed', async (files) => ['records', 'edit', 'az-visit-2014-05', '--file', await writeJson(files, 'p.json', { id: 'az-visit-2014' })], /p\.json: id: cannot be changed by an edit \(it is az-visit-2014-05\)\. Nothing was saved\./],
    ['edit: a patch of no field', async (files) => ['records', 'edit', 'az-visit-2014-05', '--file', await writeJson(files, 'p.json', {})], /p\.json: \(the file\): the patch changes no field\. Nothing was saved\./],
    ['edit: no id', async (files) => ['records', 'edit', '--file', await writeJson(files, 'p.json', { date: '2020' })], /Usage: country-desk records edit ID --file PATCH\.json/],
    ['retire: a record retired already', async () => ['records', 'retire', 'kg-milestone-recognition-1991', '--reason', 'again'], /The record kg-milestone-recognition-1991 is already retired/],
    ['retire: an unknown id', async () => ['records', 'retire', 'az-no-such-record', '--reason', 'x'], /az-no-such-record/],
    ['retire: no --reason', async () => ['records', 'retire', 'az-visit-2014-05'], /--reason TEXT is required/],
    ['retire: an empty --reason', async () => ['records', 'retire', 'az-visit-2014-05', '--reason', ' '], /--reason needs a value/],
    ['history: an unknown id', async () => ['records', 'history', 'az-no-such-record'], /az-no-such-record/],
    ['list: an unknown country', async () => ['records', 'list', '--country', 'QQ'], /Unknown country code: QQ/],
    ['list: a wrong flag', async () => ['records', 'list', '--mine=yes'], /--mine is a switch and takes no value/],
  ];

  // One folder for every refusal: each is shown to change no byte of it.
  let shared: Promise<{ data: string; files: string }> | undefined;
  it.each(badInputs)('refuses %s with one line, exits non-zero and writes nothing', async (_name, args, message) => {
    const { data, files } = await (shared ??= folderWithChanges());
    const before = await folderBytes(data);
    const result = await countryDesk(...(await args(files)), '--data', data);
    expectOneLineError(result, message);
    expect(result.stdout).toBe('');
    expect(await folderBytes(data)).toEqual(before);
  });
});
