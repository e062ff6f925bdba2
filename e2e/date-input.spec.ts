import { expect, test } from './fixtures';
import { BriefBuilderPage } from './pages/brief-builder-page';

// A browser set to American English, where the browser's own date picker would read 12/01 as 1 December.
test.use({ locale: 'en-US' });

test('the date prepared is typed and shown in the app’s language, day first, whatever the browser’s locale', async ({ countryList, countryPage }) => {
  const builder = new BriefBuilderPage(countryPage.page);
  await countryList.switchLanguage('Tiếng Việt');
  await countryList.countryLink('Azerbaijan').click();
  await builder.prepareBriefLink().click();

  const prepared = builder.field('Ngày soạn');
  await prepared.fill('12/01/2026');
  await expect(prepared).toHaveAccessibleDescription('Tức là: 12 tháng 1, 2026');
  await expect(builder.preview().getByText('Ngày soạn: 12/01/2026')).toBeVisible();

  await prepared.fill('31/02/2026');
  await expect(prepared).toHaveAttribute('aria-invalid', 'true');
  await expect(prepared).toHaveAccessibleDescription(/^Chưa phải một ngày hợp lệ; hãy viết theo dạng ngày\/tháng\/năm/);
  await expect(builder.preview().getByText('Ngày soạn: 12/01/2026')).toBeVisible();

  await prepared.fill('3 Feb 2026');
  await prepared.blur();
  await expect(prepared).toHaveValue('03/02/2026');
  await expect(builder.preview().getByText('Ngày soạn: 03/02/2026')).toBeVisible();

  await countryList.switchLanguage('English');
  await expect(builder.field('Date prepared')).toHaveValue('3 Feb 2026');
  await expect(builder.field('Date prepared')).toHaveAccessibleDescription(/^day\/month\/year/);
});

test('the trip binder’s dates take the same day-first input', async ({ app }) => {
  const builder = new BriefBuilderPage(app.page);
  await app.page.getByRole('group', { name: 'Language' }).getByRole('button', { name: 'Tiếng Việt' }).click();
  await builder.binderLink().click();
  const from = builder.field('Chuyến đi từ ngày');
  await from.fill('05/06/2026');
  await expect(from).toHaveAccessibleDescription('Tức là: 5 tháng 6, 2026');
  await from.blur();
  await expect(from).toHaveValue('05/06/2026');
});
