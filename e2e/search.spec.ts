import { expect, test } from './fixtures';
import { SearchBox } from './pages/search-box';
import { seedLargerDataset } from './dataset-seed';
import { seedNotes } from './notes-seed';
import { NotesPage } from './pages/notes-page';

const BELARUS_VISA = /Hiệp định miễn thị thực cho người mang hộ chiếu phổ thông/;

test('“mien thi thuc” reaches the Belarus visa exemption agreement by keyboard alone', async ({ app, countryPage }) => {
  const search = new SearchBox(app.page);
  await expect(countryPage.page.getByRole('heading', { level: 1 })).toBeVisible();

  await app.page.keyboard.press('/');
  await expect(search.input()).toBeFocused();
  await app.page.keyboard.type('mien thi thuc');

  await expect(search.resultGroup('Belarus')).toBeVisible();
  await expect(search.result(BELARUS_VISA)).toBeVisible();
  await expect(search.result(BELARUS_VISA).locator('mark').first()).toHaveText(/miễn|thị|thực/);
  await expect(search.count()).toContainText('kết quả');

  await search.arrowDownTo(BELARUS_VISA);
  await expect(search.input()).toHaveAttribute('aria-activedescendant', /.+/);
  await app.page.keyboard.press('Enter');

  await expect(countryPage.heading('Belarus')).toBeVisible();
  await expect(app.page).toHaveURL(/#\/country\/BY\?record=by-agreement-visa-exemption-2023$/);
  await expect(countryPage.recordHeading(BELARUS_VISA)).toBeFocused();
  await expect(search.results()).toBeHidden();
});

test('“/” focuses the search from a country page; English titles show in English; Escape closes the list', async ({ app, countryList }) => {
  const search = new SearchBox(app.page);
  await countryList.switchLanguage('English');
  await countryList.countryLink('Azerbaijan').click();
  await app.page.getByRole('heading', { level: 1, name: 'Azerbaijan' }).waitFor();

  await app.page.keyboard.press('/');
  await expect(search.input()).toBeFocused();
  await app.page.keyboard.type('visa exemption');
  await expect(search.result(/Visa exemption agreement for ordinary passport holders/)).toBeVisible();
  await expect(search.input()).toHaveAttribute('aria-expanded', 'true');

  await app.page.keyboard.press('Escape');
  await expect(search.results()).toBeHidden();
  await expect(search.input()).toHaveAttribute('aria-expanded', 'false');
});

test('the search box clears when the officer moves to another screen', async ({ app, countryList }) => {
  const search = new SearchBox(app.page);
  await search.input().fill('visa');
  await expect(search.results().getByRole('option').first()).toBeVisible();
  await app.page.getByRole('navigation').getByRole('link', { name: 'Ghi chú' }).click();
  await expect(app.page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(search.input()).toHaveValue('');
  await countryList.countryLink('Quốc gia').click();
  await expect(search.input()).toHaveValue('');
});

test('“baku” offers Azerbaijan itself first, and opens its page', async ({ app, countryPage }) => {
  const search = new SearchBox(app.page);
  await search.input().fill('baku');
  await expect(search.results().getByRole('option').first()).toContainText('Azerbaijan');
  await expect(search.results().getByRole('option').first()).toContainText('Quốc gia');
  await app.page.keyboard.press('Enter');
  await expect(countryPage.heading('Azerbaijan')).toBeVisible();
  await expect(app.page).toHaveURL(/#\/country\/AZ$/);
});

test('a note found by search opens on its record, scrolled to, focused and marked as the one opened', async ({ dataDir, relaunch }) => {
  await seedNotes(dataDir, [
    { id: 'note-nakhchivan-0001', country: 'AZ', recordId: 'az-relations-1992', body: 'Đại sứ muốn thăm Nakhchivan vào mùa thu' },
    { id: 'note-other-0002', country: 'AZ', recordId: 'az-relations-1992', body: 'Một ghi chú khác về quan hệ' },
  ]);
  const app = await relaunch();
  const search = new SearchBox(app.page);
  const notes = new NotesPage(app.page);
  await expect(app.page.getByRole('heading', { level: 1 })).toBeVisible();
  await app.page.keyboard.press('/');
  await app.page.keyboard.type('nakhchivan');
  await expect(search.result(/Nakhchivan/)).toBeVisible();
  await app.page.keyboard.press('ArrowDown');
  await expect(search.selectedResult()).toContainText('Nakhchivan');
  await app.page.keyboard.press('Enter');

  await expect(app.page).toHaveURL(/#\/country\/AZ\?record=az-relations-1992&note=note-nakhchivan-0001$/);
  const opened = notes.note('Đại sứ muốn thăm Nakhchivan');
  await expect(opened).toBeFocused();
  await expect(opened).toHaveAttribute('aria-current', 'true');
  await expect(opened).toBeInViewport();
  await expect(notes.note('Một ghi chú khác')).not.toHaveAttribute('aria-current', 'true');

  // The same link on the notes screen, among every note.
  await app.page.evaluate(() => (window.location.hash = '#/notes?note=note-nakhchivan-0001'));
  await expect(notes.heading()).toBeVisible();
  await expect(notes.note('Đại sứ muốn thăm Nakhchivan')).toBeFocused();
  await expect(notes.note('Đại sứ muốn thăm Nakhchivan')).toHaveAttribute('aria-current', 'true');
});

test('after a dataset update the search box says the index is being built, and finds every record once it is', async ({ dataDir, relaunch }) => {
  await seedLargerDataset(dataDir, 300);
  const app = await relaunch();
  const search = new SearchBox(app.page);
  await search.input().click();
  await app.page.keyboard.type('azerbaijan');
  await expect(app.page.getByText(/Đang lập chỉ mục tìm kiếm: \d+\/\d+ hồ sơ/)).toBeVisible();

  await expect(app.page.getByText(/Đang lập chỉ mục tìm kiếm/)).toBeHidden({ timeout: 120_000 });
  await app.page.keyboard.type(' ');
  await expect(search.result(/Ủy ban liên Chính phủ về hợp tác kinh tế/).first()).toBeVisible();
});
