import { readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import type { Dataset, RelationsRecord } from '../app/shared/records/record-schema';
import { seedRecordEdit } from './records-seed';
import { CountryListPage } from './pages/country-list-page';
import { CountryPage } from './pages/country-page';
import { DatasetPage } from './pages/dataset-page';
import { UpdatesPage } from './pages/updates-page';

const bundled = JSON.parse(readFileSync(path.resolve(import.meta.dirname, '..', 'resources', 'dataset', 'dataset.json'), 'utf8')) as Dataset;
const ID = 'az-relations-1992';
const reference = bundled.records.find((record) => record.id === ID);
if (!reference) throw new Error(`the bundled dataset has no record ${ID}`);

/** The officer's edit: a fuller Vietnamese title. */
const mine: RelationsRecord = { ...reference, title: { ...reference.title, vi: 'Thiết lập quan hệ ngoại giao Việt Nam – Azerbaijan' } };
/** The newer pack's change to the same record: its summary. */
const theirs: RelationsRecord = {
  ...reference,
  summary: {
    ...reference.summary,
    vi: 'Ngày 23/9/1992, Việt Nam và Azerbaijan chính thức thiết lập quan hệ ngoại giao cấp đại sứ.',
    en: 'On 23 September 1992 Vietnam and Azerbaijan established diplomatic relations at ambassador level.',
  },
};
const MINE_TITLE = new RegExp(`^${mine.title.vi}$`);
const REFERENCE_TITLE = new RegExp(`^${reference.title.vi}$`);

/** The bundled dataset as a newer pack a central unit sends, with the record changed. */
async function writeNewerPack(dataDir: string): Promise<string> {
  const pack: Dataset = {
    ...bundled,
    datasetVersion: '2027.1.0',
    records: bundled.records.map((record) => (record.id === ID ? theirs : record)),
  };
  const file = `${dataDir}-pack-2027.1.0.json`;
  await writeFile(file, JSON.stringify(pack, null, 2));
  return file;
}

/** Imports the newer pack through the Dataset screen: its dry run names the conflict, then the import files it. */
async function importNewerPack(page: Page, dataDir: string): Promise<void> {
  const dataset = new DatasetPage(page);
  await dataset.open();
  await expect(dataset.heading()).toBeVisible();
  await dataset.choose(await writeNewerPack(dataDir));
  await expect(dataset.resultHeading(/^Nhập .* sẽ làm gì$/)).toBeFocused();
  await expect(dataset.conflicts()).toHaveAccessibleName(/: 1$/);
  await expect(dataset.conflicts().getByRole('listitem')).toHaveText([ID]);
  await expect(dataset.changed().getByRole('listitem')).toContainText([ID]);
  await dataset.importButton().click();
  await expect(dataset.resultHeading(/^Đã nhập /)).toBeFocused();
  await dataset.reviewUpdatesLink().click();
}

async function expectNoViolations(page: Page): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  expect(violations.map(({ id, help, nodes }) => ({ id, help, targets: nodes.map((node) => node.target.join(' ')) }))).toEqual([]);
}

/** Azerbaijan's page, reached from the start screen, and the record shown there by its title. */
async function openOnCountryPage(page: Page, title: RegExp) {
  const countryPage = new CountryPage(page);
  await page.getByRole('navigation', { name: /^(Chính|Main)$/ }).getByRole('link', { name: /^(Quốc gia|Countries)$/ }).click();
  await new CountryListPage(page).countryLink('Azerbaijan').click();
  await expect(countryPage.heading('Azerbaijan')).toBeVisible();
  return countryPage.record(title);
}

test.beforeEach(async ({ dataDir }) => {
  await seedRecordEdit(dataDir, mine);
});

test('the newer pack’s conflict shows three versions side by side; Keep mine keeps the officer’s title on the page', async ({ relaunch, dataDir }) => {
  const app = await relaunch();
  const updates = new UpdatesPage(app.page);
  await expect(updates.navLink()).toHaveAccessibleName(/^(Cập nhật|Updates)$/);
  await importNewerPack(app.page, dataDir);
  await expect(updates.heading()).toBeVisible();
  await expect(updates.navLink()).toHaveAccessibleName('Cập nhật: 1 mục cần xem');

  const update = updates.update(MINE_TITLE);
  await expect(updates.updates()).toHaveCount(1);
  const columns = updates.versions(update).getByRole('columnheader');
  await expect(columns).toHaveText(['Trường', 'Bản tham chiếu trước', 'Bản tham chiếu mới', 'Bản của tôi']);
  const summary = updates.fieldRow(update, /^Tóm tắt/);
  await expect(summary.getByRole('cell')).toHaveText([reference.summary.vi, theirs.summary.vi, reference.summary.vi].map((vi) => new RegExp(`^${vi}`)));
  await expect(summary.getByRole('rowheader')).toHaveText(/khác nhau$/);
  const title = updates.fieldRow(update, /^Tiêu đề/);
  await expect(title.getByRole('cell')).toHaveText([reference.title.vi, reference.title.vi, mine.title.vi].map((vi) => new RegExp(`^${vi}`)));
  await expect(updates.fieldRow(update, /^Ngày/).getByRole('rowheader')).toHaveText('Ngày');

  await updates.keepMine(update).click();
  await expect(update).toBeHidden();
  await expect(updates.empty()).toBeVisible();
  await expect(updates.status()).toContainText(`Đã giữ bản của anh/chị cho “${mine.title.vi}”.`);
  await expect(updates.undoButton()).toBeFocused();
  await expect(updates.navLink()).toHaveAccessibleName('Cập nhật');

  const record = await openOnCountryPage(app.page, MINE_TITLE);
  await expect(record).toContainText(reference.summary.vi);
});

test('Take theirs: the country page shows the pack’s version instead of the officer’s', async ({ relaunch, dataDir }) => {
  const app = await relaunch();
  const updates = new UpdatesPage(app.page);
  await importNewerPack(app.page, dataDir);
  await updates.takeTheirs(updates.update(MINE_TITLE)).click();
  await expect(updates.status()).toContainText(`Đã lấy bản cập nhật cho “${mine.title.vi}”.`);
  await expect(updates.empty()).toBeVisible();

  const record = await openOnCountryPage(app.page, REFERENCE_TITLE);
  await expect(record).toContainText(theirs.summary.vi);
  await expect(new CountryPage(app.page).record(MINE_TITLE)).toHaveCount(0);
});

test('Undo on the status line takes a decision back: after Take theirs, the officer’s edit is on the page again', async ({ relaunch, dataDir }) => {
  const app = await relaunch();
  const updates = new UpdatesPage(app.page);
  await importNewerPack(app.page, dataDir);
  await updates.takeTheirs(updates.update(MINE_TITLE)).click();
  await expect(updates.empty()).toBeVisible();
  await updates.undoButton().click();
  await expect(app.page.getByRole('status').filter({ hasText: `Đã hoàn tác quyết định về “${mine.title.vi}”.` })).toBeVisible();

  const record = await openOnCountryPage(app.page, MINE_TITLE);
  await expect(record).toContainText(reference.summary.vi);
  await expect(new CountryPage(app.page).record(REFERENCE_TITLE)).toHaveCount(0);
});

test('Merge by field, in English: the officer’s title with the pack’s summary; axe finds nothing on the list and the merge form', async ({ relaunch, dataDir }) => {
  const app = await relaunch();
  const updates = new UpdatesPage(app.page);
  await importNewerPack(app.page, dataDir);
  await expect(updates.update(MINE_TITLE)).toBeVisible();
  await expectNoViolations(app.page);

  await new CountryListPage(app.page).switchLanguage('English');
  const englishUpdate = updates.update(new RegExp(`^${mine.title.en}$`));
  await expect(updates.navLink()).toHaveAccessibleName('Updates: 1 to review');
  await expect(updates.versions(englishUpdate).getByRole('columnheader')).toHaveText(['Field', 'Theirs before', 'Theirs now', 'Mine']);
  await updates.mergeByField(englishUpdate).click();
  await expect(updates.mergeChoice(englishUpdate, /^Title$/, /^Mine$/)).toBeChecked();
  await updates.mergeChoice(englishUpdate, /^Summary$/, /^Theirs$/).check();
  await expectNoViolations(app.page);
  await updates.applyMerge(englishUpdate).click();
  await expect(updates.status()).toContainText(`Merged “${mine.title.en}” field by field.`);
  await expect(englishUpdate).toHaveCount(0);
  await expect(updates.empty()).toBeVisible();

  await new CountryListPage(app.page).switchLanguage('Tiếng Việt');
  const record = await openOnCountryPage(app.page, MINE_TITLE);
  await expect(record).toContainText(theirs.summary.vi);
});

test('a malformed pack is refused with one message in the officer’s language, and nothing changes', async ({ relaunch, dataDir }) => {
  const app = await relaunch();
  const dataset = new DatasetPage(app.page);
  const updates = new UpdatesPage(app.page);
  await dataset.open();
  const file = `${dataDir}-broken-pack.json`;
  await writeFile(file, JSON.stringify({ ...bundled, datasetVersion: '2027.1.0', records: bundled.records.map((record) => (record.id === ID ? { ...theirs, kind: 'nonsense' } : record)) }));
  await dataset.choose(file);
  await expect(dataset.alert()).toHaveCount(1);
  await expect(dataset.alert()).toHaveText(/^Bộ dữ liệu country-desk-e2e-\w+-broken-pack\.json không hợp lệ và không được sử dụng: records\[\d+\] \(az-relations-1992\)\.kind: /);
  await expect(app.page.getByText('Không có gì thay đổi.')).toBeVisible();
  await expect(dataset.importButton()).toHaveCount(0);

  await updates.open();
  await expect(updates.empty()).toBeVisible();
  const record = await openOnCountryPage(app.page, MINE_TITLE);
  await expect(record).toContainText(reference.summary.vi);
});
