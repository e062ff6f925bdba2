import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { textContrasts } from './contrast-ratio';
import { NOTE_WITH_HISTORY, seedNotes } from './notes-seed';
import { CommandPalette } from './pages/command-palette';
import { DatasetPage } from './pages/dataset-page';
import { NotesPage } from './pages/notes-page';
import { RecordEditor } from './pages/record-editor';
import { UpdatesPage } from './pages/updates-page';

async function expectNoViolations(page: Page, where: string): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  expect(violations.map(({ id, help, nodes }) => ({ where, id, help, targets: nodes.map((node) => node.target.join(' ')) }))).toEqual([]);
}

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`in the ${colorScheme} theme (the system's setting)`, () => {
    test.use({ colorScheme });
    test.setTimeout(180_000);

    test('axe finds nothing on every screen, the palette and the source dialog', async ({ app, countryList, countryPage }) => {
      const { page } = app;
      await countryList.heading('Các nước đối tác').waitFor();
      await expect(page.locator('html')).toHaveAttribute('data-theme', colorScheme);
      await expectNoViolations(page, 'start screen');

      const palette = new CommandPalette(page);
      await palette.press('Control+K');
      await palette.type('azer');
      await expect(palette.option('Tài liệu: Azerbaijan (VI)')).toBeVisible();
      await expectNoViolations(page, 'command palette');
      await palette.press('Enter');

      await expect(countryPage.heading('Azerbaijan')).toBeVisible();
      await expectNoViolations(page, 'country page');
      await page.getByRole('button', { name: /^(Source|Nguồn)/ }).first().click();
      await expect(countryPage.sourceDialog()).toBeVisible();
      await expectNoViolations(page, 'source dialog');
      await page.keyboard.press('Escape');

      await page.getByRole('link', { name: /Chuẩn bị tài liệu/ }).click();
      await expect(page.getByRole('heading', { level: 1, name: 'Tài liệu: Azerbaijan' })).toBeVisible();
      await expect(page.locator('.brief-sheet').first()).toBeVisible();
      await expectNoViolations(page, 'brief builder');

      await page.getByRole('navigation').getByRole('link', { name: 'Ghi chú' }).click();
      await expect(page).toHaveURL(/#\/notes$/);
      await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
      await expectNoViolations(page, 'notes screen');

      await page.getByRole('navigation').getByRole('link', { name: 'Tập tài liệu chuyến công tác' }).click();
      await expect(page.getByRole('heading', { level: 1, name: 'Tập tài liệu chuyến công tác' })).toBeVisible();
      await expectNoViolations(page, 'binder');
    });

    test('axe finds nothing in a note’s history and the link confirmation', async ({ dataDir, relaunch }) => {
      await seedNotes(dataDir, [NOTE_WITH_HISTORY, { id: 'note-themes-link-0001', country: 'AZ', body: 'Xem [trang Bộ](https://www.mofa.gov.vn/) trước cuộc gặp' }]);
      const app = await relaunch();
      const notes = new NotesPage(app.page);
      await expect(app.page.locator('html')).toHaveAttribute('data-theme', colorScheme);
      await notes.open();
      await notes.action(notes.note('Bản hiện tại'), /^Lịch sử$/).click();
      const history = app.page.getByRole('dialog', { name: 'Các phiên bản trước' });
      await expect(history.getByRole('region')).toHaveCount(2);
      await expectNoViolations(app.page, 'note history dialog');
      await app.page.keyboard.press('Escape');
      await expect(history).toBeHidden();

      await notes.note('Xem trang Bộ').getByRole('link', { name: 'trang Bộ' }).click();
      await expect(notes.linkDialog()).toBeVisible();
      await expectNoViolations(app.page, 'link confirmation dialog');
      await notes.linkDialog().getByRole('button', { name: 'Hủy' }).click();
      await expect(notes.linkDialog()).toBeHidden();
    });

    test('axe finds nothing in the record form, its retire and history dialogs, Settings, Dataset and Updates', async ({ app, countryList, countryPage }) => {
      const { page } = app;
      const editor = new RecordEditor(page);
      await expect(page.locator('html')).toHaveAttribute('data-theme', colorScheme);
      await countryList.countryLink('Azerbaijan').click();
      await countryPage.addRecordButton().click();
      await expect(editor.dialog()).toBeVisible();
      await expectNoViolations(page, 'record form');
      await page.keyboard.press('Escape');
      await expect(editor.dialog()).toBeHidden();

      await countryPage.recordAction('retire', 'Hợp tác quốc phòng').click();
      await expect(editor.retireDialog()).toBeVisible();
      await expectNoViolations(page, 'retire dialog');
      await page.keyboard.press('Escape');
      await expect(editor.retireDialog()).toBeHidden();

      await countryPage.recordAction('history', 'Hợp tác quốc phòng').click();
      await expect(editor.historyDialog()).toBeVisible();
      await expectNoViolations(page, 'record history dialog');
      await page.keyboard.press('Escape');
      await expect(editor.historyDialog()).toBeHidden();

      await page.getByRole('navigation').getByRole('link', { name: 'Cài đặt' }).click();
      await expect(page.getByRole('heading', { level: 1, name: 'Cài đặt' })).toBeVisible();
      await expectNoViolations(page, 'settings screen');

      const dataset = new DatasetPage(page);
      await dataset.open();
      await expect(dataset.heading()).toBeVisible();
      await expectNoViolations(page, 'dataset screen');

      const updates = new UpdatesPage(page);
      await updates.open();
      await expect(updates.heading()).toBeVisible();
      await expectNoViolations(page, 'updates screen');
    });

    test('every label, figure and legend of the trade chart reads at 4.5:1 or more', async ({ app, countryList, countryPage }) => {
      await expect(app.page.locator('html')).toHaveAttribute('data-theme', colorScheme);
      await countryList.countryLink('Kyrgyzstan').click();
      await expect(countryPage.tradeChartSpans()).toHaveText(['2017–2021', '2022', '2023', '2024']);
      const contrasts = await textContrasts(countryPage.tradeChart());
      expect(contrasts.map(({ text }) => text)).toEqual(expect.arrayContaining(['Thương mại theo năm', 'Năm hoặc giai đoạn', '2017–2021', 'USD', '4,5 triệu']));
      expect(contrasts.filter(({ ratio }) => ratio < 4.5)).toEqual([]);
    });
  });
}
