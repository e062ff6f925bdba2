import type { Locator } from '@playwright/test';
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

/** Where a locator stands on the page. */
async function boxOf(locator: Locator): Promise<{ top: number; bottom: number }> {
  const box = await locator.boundingBox();
  if (!box) throw new Error('not on the page');
  return { top: box.y, bottom: box.y + box.height };
}

/** A status line directly under its note: no other note (nor anything taller than a line's gap) between them. */
function expectJustUnder(line: { top: number }, note: { bottom: number }): void {
  expect(line.top).toBeGreaterThanOrEqual(note.bottom);
  expect(line.top - note.bottom).toBeLessThan(24);
}

test('the Undo line stands beside what it undoes: where a deleted note stood, under a pinned one', async ({ dataDir, relaunch }) => {
  await seedNotes(dataDir, [
    { id: 'note-newest-0001', country: 'KG', body: 'Ghi chú mới nhất', updatedAt: '2026-11-22T09:00:00.000Z' },
    { id: 'note-middle-0002', country: 'RU', body: 'Ghi chú ở giữa', updatedAt: '2026-11-21T09:00:00.000Z' },
  ]);
  const app = await relaunch();
  const notes = new NotesPage(app.page);
  await notes.open();
  await expect(notes.allNotes()).toHaveCount(3);

  await notes.action(notes.note('Ghi chú ở giữa'), /^Xóa$/).click();
  const deleted = app.page.getByRole('status').filter({ hasText: 'Đã chuyển ghi chú vào thùng rác.' });
  await expect(deleted).toBeVisible();
  const [above, line, below] = [await boxOf(notes.note('Ghi chú mới nhất')), await boxOf(deleted), await boxOf(notes.note('Đại sứ nhắc đến'))];
  expect(line.top).toBeGreaterThanOrEqual(above.bottom);
  expect(line.bottom).toBeLessThanOrEqual(below.top);
  await expect(notes.undoButton()).toBeFocused();

  await app.page.keyboard.press('Control+z');
  const restored = app.page.getByRole('status').filter({ hasText: 'Đã khôi phục ghi chú.' });
  await expect(restored).toBeVisible();
  expectJustUnder(await boxOf(restored), await boxOf(notes.note('Ghi chú ở giữa')));

  await notes.action(notes.note('Đại sứ nhắc đến'), /Ghim/).click();
  const pinned = app.page.getByRole('status').filter({ hasText: 'Đã ghim ghi chú.' });
  await expect(pinned).toBeVisible();
  expectJustUnder(await boxOf(pinned), await boxOf(notes.note('Đại sứ nhắc đến')));
});

test('Ctrl+Z undoes an edit: the note is as it was before Edit, on disk too', async ({ relaunch }) => {
  const app = await relaunch();
  const notes = new NotesPage(app.page);
  await notes.open();
  await notes.action(notes.note('Đại sứ nhắc đến'), /^Sửa$/).click();
  const editor = app.page.getByRole('group', { name: 'Sửa ghi chú' });
  await editor.getByRole('textbox', { name: 'Nội dung ghi chú' }).fill('Đại sứ đổi ý về dầu khí.');
  await editor.getByRole('textbox', { name: 'Thẻ' }).fill('dầu khí');
  await notes.finishEditing(editor);

  const edited = notes.note('Đại sứ đổi ý về dầu khí.');
  await expect(edited).toBeVisible();
  const line = app.page.getByRole('status').filter({ hasText: 'Đã lưu thay đổi của ghi chú.' });
  await expect(line).toBeVisible();
  expectJustUnder(await boxOf(line), await boxOf(edited));
  await expect(notes.action(edited, /^Sửa$/)).toBeFocused();

  await app.page.keyboard.press('Control+z');
  const original = notes.note('Đại sứ nhắc đến hợp tác dầu khí.');
  await expect(original).toBeVisible();
  await expect(original.getByRole('list', { name: 'Thẻ' })).toHaveCount(0);
  await expect(app.page.getByRole('status').filter({ hasText: 'Đã hoàn tác: ghi chú trở lại như trước.' })).toBeVisible();

  await app.page.reload();
  await expect(notes.note('Đại sứ nhắc đến hợp tác dầu khí.')).toBeVisible();
  await expect(notes.allNotes()).toHaveCount(1);
});
