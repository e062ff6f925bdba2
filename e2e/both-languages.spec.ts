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
