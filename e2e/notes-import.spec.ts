import { expect, test } from './fixtures';
import { NotesPage } from './pages/notes-page';

const at = '2026-11-20T09:00:00.000Z';
const exportFile = (bodies: string[]) => ({
  name: 'tu-may-khac.json',
  mimeType: 'application/json',
  buffer: Buffer.from(
    JSON.stringify({
      format: 'country-desk-notes',
      schemaVersion: 1,
      exportedAt: at,
      notes: bodies.map((body, index) => ({ id: `imported-note-${index + 1}`, country: 'AZ', body, tags: [], pinned: false, createdAt: at, updatedAt: at, revisions: [] })),
    }),
  ),
});

test('a notes import says what it would do first, changes nothing when cancelled, and shows its progress while it writes', async ({ app }) => {
  const notes = new NotesPage(app.page);
  await notes.open();
  await expect(notes.heading()).toBeVisible();
  const file = exportFile(['Ghi chú nhập thứ nhất', 'Ghi chú nhập thứ hai']);

  await notes.chooseImportFile(file);
  await expect(notes.importPreview()).toHaveText(/tu-may-khac\.json: nếu nhập sẽ có 2 mới, 0 được cập nhật, 0 không đổi\. Chưa có gì thay đổi/);
  await notes.cancelImport();
  await expect(notes.importPreview()).toHaveCount(0);
  await app.page.reload();
  await expect(notes.heading()).toBeVisible();
  await expect(notes.note('Ghi chú nhập thứ nhất')).toHaveCount(0);

  // The import itself is held at the network until its progress has been seen.
  let letThrough = () => undefined as void;
  const held = new Promise<void>((resolve) => (letThrough = resolve));
  await app.page.route('**/api/importNotes', async (route) => {
    if (!(JSON.parse(route.request().postData() ?? '{}') as { dryRun?: boolean }).dryRun) await held;
    await route.continue();
  });
  await notes.chooseImportFile(file);
  await expect(notes.importPreview()).toContainText('2 mới');
  await notes.confirmImport();
  await expect(notes.importProgress()).toBeVisible();
  await expect(notes.importPreview()).toHaveCount(0);
  letThrough();
  await expect(app.page.getByRole('status').filter({ hasText: 'Đã nhập' })).toContainText('Đã nhập tu-may-khac.json: 2 mới, 0 được cập nhật, 0 không đổi.');
  await expect(notes.importProgress()).toHaveCount(0);
  await expect(notes.allNotes()).toHaveCount(2);
});
