import { expect, test } from './fixtures';
import { seedNotes } from './notes-seed';
import { NotesPage } from './pages/notes-page';

test('the country filter counts by the plural rules of the total, and says when nothing matches', async ({ countryList }) => {
  await countryList.switchLanguage('English');
  const status = countryList.page.locator('.country-list__filter').getByRole('status');
  await countryList.filterBox().fill('azer');
  await expect(status).toHaveText(/^1 of \d+ countries shown$/);
  await countryList.filterBox().fill('zzz');
  await expect(status).toHaveText('No country matches “zzz”.');
  await countryList.switchLanguage('Tiếng Việt');
  await expect(status).toHaveText('Không có nước nào khớp với “zzz”.');
});

test('a note carries the language it is written in, whatever the language of the page', async ({ dataDir, relaunch }) => {
  await seedNotes(dataDir, [
    { id: 'note-in-vietnamese', country: 'AZ', body: 'Đại sứ nhắc đến hợp tác dầu khí.' },
    { id: 'note-in-english', country: 'AZ', body: 'The ambassador mentioned the oil deal.' },
  ]);
  const app = await relaunch();
  const notes = new NotesPage(app.page);
  await notes.open();
  await expect(notes.note('Đại sứ nhắc đến').locator('.note-markdown')).toHaveAttribute('lang', 'vi');
  await expect(notes.note('The ambassador mentioned').locator('.note-markdown')).toHaveAttribute('lang', 'en');
});

test('a bad notes import is told in the language of the page, not in the validator’s English', async ({ app }) => {
  const notes = new NotesPage(app.page);
  await notes.open();
  const importFile = app.page.getByLabel('Nhập ghi chú từ tệp');
  const note = { id: 'note-on-the-oil-deal', country: 'AZ', body: 'x', tags: [], pinned: 'yes', createdAt: '2026-11-20T09:00:00.000Z', updatedAt: '2026-11-20T09:00:00.000Z', revisions: [] };
  const file = { format: 'country-desk-notes', schemaVersion: 1, exportedAt: '2026-11-20T09:00:00.000Z', notes: [note] };
  await importFile.setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
  await expect(app.page.getByRole('alert')).toHaveText('Không thể nhập tệp bad.json: notes.0.pinned có giá trị sai kiểu');

  await importFile.setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{ not json') });
  await expect(app.page.getByRole('alert')).toContainText('đây không phải là tệp JSON');
  await expect(app.page.getByRole('alert')).not.toContainText('JSON at position');
});
