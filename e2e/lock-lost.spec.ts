import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { expect, test } from './fixtures';
import { DataNotices } from './pages/data-notices';
import { NotesPage } from './pages/notes-page';

const run = promisify(execFile);
const countryDesk = path.resolve(import.meta.dirname, '..', 'bin', 'country-desk.mjs');

/** `notes add` on the folder, tried again until the folder's lock lets it in (bounded: 30 s). */
async function addNoteWhenFree(dataDir: string, text: string): Promise<void> {
  const until = Date.now() + 30_000;
  for (;;) {
    try {
      await run(process.execPath, [countryDesk, 'notes', 'add', '--country', 'AZ', '--text', text, '--data', dataDir]);
      return;
    } catch (error) {
      if (!/is in use by another Country Desk|đang được một cửa sổ/.test((error as { stderr?: string }).stderr ?? '') || Date.now() > until) throw error;
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }
}

test('an app asleep while another command took its folder refuses the next save visibly, keeps the text and says why', async ({ app, dataDir, countryList, countryPage }) => {
  test.setTimeout(90_000);
  const notes = new NotesPage(app.page);
  await countryList.countryLink('Azerbaijan').click();
  await expect(countryPage.heading('Azerbaijan')).toBeVisible();
  const editor = await notes.writeNote(notes.countryNotes(), 'Trước khi gập máy');
  await expect(notes.editorStatus(editor)).toHaveText('Đã lưu');

  // The laptop sleeps: the app stops past the lock's 15 s, and `notes add` writes the folder meanwhile.
  const { pid } = JSON.parse(await readFile(path.join(dataDir, '.country-desk.lock-owner.json'), 'utf8')) as { pid: number };
  process.kill(pid, 'SIGSTOP');
  try {
    await addNoteWhenFree(dataDir, 'Ghi bằng lệnh trong lúc máy ngủ');
  } finally {
    process.kill(pid, 'SIGCONT');
  }

  const text = editor.getByRole('textbox', { name: 'Nội dung ghi chú' });
  await text.fill('Trước khi gập máy. Viết tiếp sau khi mở máy');
  await expect(notes.editorStatus(editor)).toContainText('Chưa lưu được: Một cửa sổ hoặc lệnh Country Desk khác đã tiếp quản thư mục dữ liệu');
  await notes.finishEditing(editor);
  await expect(text).toHaveValue('Trước khi gập máy. Viết tiếp sau khi mở máy');

  // After a reload the app says why it is read-only, and the unsaved text is still offered.
  app.page.once('dialog', (dialog) => void dialog.accept());
  await app.page.reload();
  await expect(new DataNotices(app.page).banner()).toContainText('Cửa sổ này giờ chỉ đọc và không lưu gì nữa');
  await expect(countryPage.heading('Azerbaijan')).toBeVisible();
  const again = notes.countryNotes().getByRole('group', { name: 'Sửa ghi chú' });
  await expect(again.getByRole('textbox', { name: 'Nội dung ghi chú' })).toHaveValue('Trước khi gập máy. Viết tiếp sau khi mở máy');
  await expect(notes.editorStatus(again)).toContainText('Chưa lưu được');
});
