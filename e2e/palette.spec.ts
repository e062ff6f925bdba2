import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { expect, test } from './fixtures';
import { BriefBuilderPage } from './pages/brief-builder-page';
import { CommandPalette } from './pages/command-palette';

const run = promisify(execFile);

test('Ctrl+K, “azer”, “Brief: Azerbaijan (VI)”, Save: a PDF in at most 8 keystrokes from the start screen', async ({ app, countryList }) => {
  test.skip(app.kind === 'electron', 'The desktop app saves through the system save dialog, which a test cannot drive.');
  test.setTimeout(120_000);
  const palette = new CommandPalette(app.page);
  const builder = new BriefBuilderPage(app.page);
  await countryList.heading('Các nước đối tác').waitFor();

  await palette.press('Control+K');
  await expect(palette.input()).toBeFocused();
  await palette.type('azer');
  await expect(palette.section('Các nước').getByRole('option').first()).toContainText('Azerbaijan');
  await expect(palette.option('Tài liệu: Azerbaijan (VI)')).toBeVisible();
  await palette.arrowDownTo(/^Tài liệu: Azerbaijan \(VI\)$/);
  await palette.press('Enter');

  await expect(builder.heading('Tài liệu: Azerbaijan')).toBeVisible();
  await expect(builder.saveButton()).toBeFocused();
  const download = app.page.waitForEvent('download', { timeout: 60_000 });
  await palette.press('Enter');
  const file = await (await download).path();
  expect(palette.keystrokes).toBeLessThanOrEqual(8);

  const { stdout } = await run('pdftotext', ['-enc', 'UTF-8', file, '-']);
  expect(stdout).toContain('Tài liệu cơ bản về quan hệ Việt Nam – Azerbaijan');
});

test('the palette finds a country by its capital, diacritics optional, and offers its actions', async ({ app, countryList, countryPage }) => {
  const palette = new CommandPalette(app.page);
  await countryList.heading('Các nước đối tác').waitFor();
  await palette.press('Control+K');
  await palette.type('mat xco va');
  await expect(palette.section('Các nước').getByRole('option').first()).toContainText('Nga');
  await expect(palette.option('Ghi chú mới về Nga')).toBeVisible();
  await palette.arrowDownTo(/^Ghi chú mới về Nga$/);
  await palette.press('Enter');
  await expect(countryPage.heading('Nga')).toBeVisible();
  await expect(app.page.getByRole('textbox', { name: /Ghi chú|Nội dung/ }).first()).toBeFocused();
});

test('the palette switches the language, opens a new binder, and lists what was opened lately', async ({ app, countryList, countryPage }) => {
  const palette = new CommandPalette(app.page);
  await countryList.countryLink('Kyrgyzstan').click();
  await expect(countryPage.heading('Kyrgyzstan')).toBeVisible();

  await palette.press('Control+K');
  await expect(palette.section('Gần đây').getByRole('option', { name: 'Kyrgyzstan' })).toBeVisible();
  await palette.type('english');
  await palette.arrowDownTo(/English/);
  await palette.press('Enter');
  await expect(app.page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(palette.dialog()).toBeHidden();

  await palette.press('Control+K');
  await palette.type('brief kyr');
  await expect(palette.option('Brief: Kyrgyzstan (EN)')).toBeVisible();
  await palette.press('Escape');
  await expect(palette.dialog()).toBeHidden();

  await palette.press('Control+K');
  await palette.type('new binder');
  await palette.arrowDownTo(/^New binder$/);
  await palette.press('Enter');
  await expect(app.page.getByRole('heading', { level: 1, name: 'Trip binder' })).toBeVisible();
});
