import { expect, test } from './fixtures';
import { seedNotes } from './notes-seed';
import { CountryListPage } from './pages/country-list-page';
import { NotesPage } from './pages/notes-page';

test.beforeEach(async ({ dataDir }) => {
  await seedNotes(dataDir, [{ id: 'note-on-the-oil-deal', country: 'AZ', body: 'Đại sứ nhắc đến hợp tác dầu khí.' }]);
});

test('Pin looks pressed when pinned, and Ctrl+Z undoes it', async ({ relaunch }) => {
  const app = await relaunch();
  const notes = new NotesPage(app.page);
  await notes.open();
  const note = notes.note('Đại sứ nhắc đến');
  const pin = notes.action(note, /Ghim/);
  const look = () => pin.evaluate((button) => getComputedStyle(button).backgroundColor);
  const unpinned = await look();

  await pin.click();
  await expect(pin).toHaveAttribute('aria-pressed', 'true');
  expect(await look()).not.toBe(unpinned);
  await expect(app.page.getByRole('status').filter({ hasText: 'Đã ghim ghi chú.' })).toBeVisible();

  await app.page.keyboard.press('Control+z');
  await expect(pin).toHaveAttribute('aria-pressed', 'false');
  expect(await look()).toBe(unpinned);
});

test('Ctrl+Z brings a deleted note back; the status follows a language switch and then clears', async ({ relaunch }) => {
  const app = await relaunch();
  const notes = new NotesPage(app.page);
  await notes.open();
  await notes.action(notes.note('Đại sứ nhắc đến'), /Xóa/).click();
  await expect(notes.note('Đại sứ nhắc đến')).toHaveCount(0);
  await expect(app.page.getByRole('status').filter({ hasText: 'Đã chuyển ghi chú vào thùng rác.' })).toBeVisible();

  await new CountryListPage(app.page).switchLanguage('English');
  await expect(app.page.getByRole('status').filter({ hasText: 'Note moved to the trash.' })).toBeVisible();

  await app.page.locator('body').focus();
  await app.page.keyboard.press('Control+z');
  await expect(notes.note('Đại sứ nhắc đến')).toBeVisible();
  const restored = app.page.getByRole('status').filter({ hasText: 'Note restored.' });
  await expect(restored).toBeVisible();
  await expect(restored).toHaveCount(0, { timeout: 15_000 });
});

test('Ctrl+Z in a text field stays the field’s own undo', async ({ relaunch }) => {
  const app = await relaunch();
  const notes = new NotesPage(app.page);
  await notes.open();
  await notes.action(notes.note('Đại sứ nhắc đến'), /Xóa/).click();
  await notes.searchBox().fill('abc');
  await notes.searchBox().press('Control+z');
  // The field took the keystroke (its text is undone), so the note's Undo is still on offer.
  await expect(notes.searchBox()).toHaveValue('');
  await expect(notes.undoButton()).toBeVisible();
  await notes.undoButton().click();
  await expect(notes.note('Đại sứ nhắc đến')).toBeVisible();
});
