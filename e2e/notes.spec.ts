import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { NOTE_WITH_HISTORY, seedNotes } from './notes-seed';
import { NotesPage } from './pages/notes-page';

interface DatasetRecord {
  id: string;
  title: { vi: string; en: string };
}

/** Azerbaijan's 1992 establishment of relations, as the bundled dataset titles it. */
const ESTABLISHMENT_ID = 'az-relations-1992';
const dataset = JSON.parse(readFileSync(path.resolve(import.meta.dirname, '..', 'resources', 'dataset', 'dataset.json'), 'utf8')) as { records: DatasetRecord[] };
const establishment = dataset.records.find((record) => record.id === ESTABLISHMENT_ID);
if (!establishment) throw new Error(`the bundled dataset has no record ${ESTABLISHMENT_ID}`);
const ESTABLISHMENT_TITLE = new RegExp(`^${establishment.title.vi}$`);

const NOTE_TEXT = 'Đại sứ nhắc đến Hiệp định hợp tác dầu khí trong bữa tối.\n\n- Không nêu chuyện thị thực\n- Bộ trưởng thích trích **năm 1992**';
const NOTE_START = 'Đại sứ nhắc đến Hiệp định hợp tác dầu khí';

test('a note on Azerbaijan’s 1992 establishment survives a reload, is found without diacritics, and comes back from the trash', async ({ app, countryList, countryPage }) => {
  const notes = new NotesPage(app.page);
  await countryList.countryLink('Azerbaijan').click();
  await expect(countryPage.heading('Azerbaijan')).toBeVisible();
  const record = countryPage.record(ESTABLISHMENT_TITLE);
  await notes.writeNote(notes.recordNotes(record), NOTE_TEXT, 'dầu khí, lễ tân');

  // No Save button and no waiting: what was typed is saved as the page goes away.
  await app.page.reload();
  await expect(countryPage.heading('Azerbaijan')).toBeVisible();
  await expect(notes.note(NOTE_START, notes.recordNotes(record))).toBeVisible();

  await notes.open();
  await expect(notes.heading()).toBeVisible();
  await notes.searchBox().fill('hiep dinh dau khi');
  const found = notes.note(NOTE_START);
  await expect(found).toBeVisible();
  await expect(notes.allNotes()).toHaveCount(1);
  await expect(found).toContainText(establishment.title.vi);
  await expect(found.getByRole('list', { name: 'Thẻ' })).toContainText('lễ tân');
  await expect(found.getByRole('listitem').filter({ hasText: 'Không nêu chuyện thị thực' })).toBeVisible();
  await notes.searchBox().fill('karabakh');
  await expect(notes.allNotes()).toHaveCount(0);
  await notes.searchBox().fill('');
  await expect(found).toBeVisible();

  await notes.action(found, /^Xóa$/).click();
  await expect(found).toBeHidden();
  await expect(notes.status()).toContainText('Đã chuyển ghi chú vào thùng rác.');
  await expect(notes.undoButton()).toBeFocused();

  await notes.showTrash();
  const trashed = notes.note(NOTE_START);
  await expect(trashed).toContainText('Đã xóa');
  await notes.action(trashed, /^Khôi phục$/).click();
  await expect(trashed).toBeHidden();
  await notes.showNotes();
  await expect(notes.note(NOTE_START)).toBeVisible();

  // Back on its record, where it was written.
  await notes.note(NOTE_START).getByRole('link', { name: 'Azerbaijan' }).click();
  await expect(notes.note(NOTE_START, notes.recordNotes(countryPage.record(ESTABLISHMENT_TITLE)))).toBeVisible();
});

test('a note is edited in place and saved as it is typed; a deletion can be undone; all by keyboard', async ({ app, countryList, countryPage }) => {
  const notes = new NotesPage(app.page);
  await countryList.countryLink('Azerbaijan').click();
  await expect(countryPage.heading('Azerbaijan')).toBeVisible();

  const panel = notes.countryNotes();
  const add = panel.getByRole('button', { name: 'Thêm ghi chú về quốc gia' });
  await add.focus();
  await app.page.keyboard.press('Enter');
  const editor = panel.getByRole('group', { name: 'Ghi chú mới' });
  await expect(editor.getByRole('textbox', { name: 'Nội dung ghi chú' })).toBeFocused();
  await app.page.keyboard.type('Không nêu vấn đề Karabakh');
  await expect(notes.editorStatus(editor)).toHaveText('Đã lưu');
  await app.page.keyboard.press('Tab');
  await expect(editor.getByRole('textbox', { name: 'Thẻ' })).toBeFocused();
  await app.page.keyboard.type('nhạy cảm');
  await app.page.keyboard.press('Escape');
  await expect(add).toBeFocused();
  const note = notes.note('Không nêu vấn đề Karabakh', panel);
  await expect(note.getByRole('list', { name: 'Thẻ' })).toHaveText('nhạy cảm');

  // Edit in place: the text changes where it is; leaving the field saves it.
  await notes.action(note, /^Sửa$/).click();
  const editing = panel.getByRole('group', { name: 'Sửa ghi chú' });
  const text = editing.getByRole('textbox', { name: 'Nội dung ghi chú' });
  await text.press('End');
  await app.page.keyboard.type(' trong mọi cuộc gặp');
  await editing.getByRole('button', { name: 'Xem trước' }).click();
  await expect(editing.getByRole('region', { name: 'Xem trước ghi chú' })).toContainText('trong mọi cuộc gặp');
  await expect(notes.editorStatus(editing)).toHaveText('Đã lưu');
  await editing.getByRole('button', { name: 'Xong' }).click();
  const edited = notes.note('Không nêu vấn đề Karabakh trong mọi cuộc gặp', panel);
  await expect(edited).toBeVisible();
  await expect(notes.action(edited, /^Sửa$/)).toBeFocused();

  await notes.action(edited, /^Ghim$/).press('Enter');
  await expect(notes.action(edited, /^Ghim$/)).toHaveAttribute('aria-pressed', 'true');
  await expect(edited).toContainText('Đã ghim');

  await notes.action(edited, /^Xóa$/).press('Enter');
  await expect(edited).toBeHidden();
  await expect(notes.undoButton()).toBeFocused();
  await app.page.keyboard.press('Enter');
  await expect(edited).toBeVisible();

  await app.page.reload();
  await expect(notes.note('Không nêu vấn đề Karabakh trong mọi cuộc gặp', notes.countryNotes())).toContainText('Đã ghim');
});

test('the notes screen speaks English too', async ({ app, countryList }) => {
  const notes = new NotesPage(app.page);
  await countryList.switchLanguage('English');
  await notes.open();
  await expect(notes.heading()).toHaveText('My notes');
  await expect(notes.searchBox()).toBeVisible();
  await expect(app.page.getByRole('status').filter({ hasText: 'No notes yet' })).toBeVisible();
  await notes.showTrash();
  await expect(app.page.getByText('The trash is empty.')).toBeVisible();
});

async function expectNoViolations(page: Page): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  expect(violations.map(({ id, help, nodes }) => ({ id, help, targets: nodes.map((node) => node.target.join(' ')) }))).toEqual([]);
}

test('an earlier version is read in the history and restored, and the restore can be undone', async ({ dataDir, relaunch }) => {
  await seedNotes(dataDir, [NOTE_WITH_HISTORY]);
  const app = await relaunch();
  const notes = new NotesPage(app.page);
  await expect(app.page.getByRole('heading', { level: 1 })).toBeVisible();
  await notes.open();
  await notes.action(notes.note('Bản hiện tại'), /^Lịch sử$/).click();

  const history = app.page.getByRole('dialog', { name: 'Các phiên bản trước' });
  await expect(history).toBeVisible();
  const versions = history.getByRole('region');
  await expect(versions).toHaveCount(2);
  await expect(versions.first()).toContainText('Bản hai');
  await expect(versions.last()).toContainText('Bản đầu');
  await expect(versions.last()).toContainText('Thẻ: chuyến thăm');
  await expectNoViolations(app.page);
  await versions.last().getByRole('button', { name: 'Khôi phục phiên bản này' }).click();
  await expect(history).toBeHidden();
  const restored = notes.note('Bản đầu: Thứ trưởng sẽ đến Baku');
  await expect(restored).toBeVisible();
  await expect(restored.getByRole('list', { name: 'Thẻ' })).toHaveText('chuyến thăm');
  await expect(notes.status()).toContainText('Đã khôi phục phiên bản trước');

  await notes.undoButton().click();
  await expect(notes.note('Bản hiện tại: Bộ trưởng sẽ đến Baku')).toBeVisible();
  await notes.action(notes.note('Bản hiện tại'), /^Lịch sử$/).click();
  await expect(history.getByRole('region')).toHaveCount(4);
  await app.page.keyboard.press('Escape');
  await expect(history).toBeHidden();
});

test('all notes export to one JSON file, and importing it merges by id', async ({ app, countryList, countryPage }) => {
  const notes = new NotesPage(app.page);
  await countryList.countryLink('Azerbaijan').click();
  await expect(countryPage.heading('Azerbaijan')).toBeVisible();
  const editor = await notes.writeNote(notes.countryNotes(), 'Ghi chú để xuất ra tệp', 'xuất');
  await expect(notes.editorStatus(editor)).toHaveText('Đã lưu');
  await notes.finishEditing(editor);

  await notes.open();
  const downloading = app.page.waitForEvent('download');
  await app.page.getByRole('button', { name: 'Xuất tất cả ghi chú (JSON)' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^country-desk-notes-\d{4}-\d{2}-\d{2}\.json$/);
  const file = await download.path();
  const exported = JSON.parse(await readFile(file, 'utf8')) as { format: string; notes: { body: string; tags: string[] }[] };
  expect(exported.format).toBe('country-desk-notes');
  expect(exported.notes).toEqual([expect.objectContaining({ body: 'Ghi chú để xuất ra tệp', tags: ['xuất'] })]);

  await notes.chooseImportFile(file);
  await expect(notes.importPreview()).toContainText('0 mới, 0 được cập nhật, 1 không đổi');
  await notes.confirmImport();
  await expect(app.page.getByRole('status').filter({ hasText: 'Đã nhập' })).toContainText('0 mới, 0 được cập nhật, 1 không đổi');
  await expect(notes.allNotes()).toHaveCount(1);

  await notes.chooseImportFile({ name: 'not-notes.json', mimeType: 'application/json', buffer: Buffer.from('{"hello":"world"}') });
  await expect(app.page.getByRole('alert')).toContainText('Không thể nhập tệp not-notes.json');
  await expect(notes.allNotes()).toHaveCount(1);
});

test('axe finds nothing on the notes screen, the trash, the editor and the link confirmation', async ({ dataDir, relaunch }) => {
  await seedNotes(dataDir, [
    { id: 'note-axe-000001', country: 'AZ', recordId: ESTABLISHMENT_ID, body: 'Xem [trang Bộ](https://www.mofa.gov.vn/)', tags: ['liên kết'], pinned: true },
    { id: 'note-axe-000002', country: 'RU', body: 'Ghi chú về Nga' },
  ]);
  const app = await relaunch();
  const notes = new NotesPage(app.page);
  await expect(app.page.getByRole('heading', { level: 1 })).toBeVisible();
  await notes.open();
  await expect(notes.allNotes()).toHaveCount(2);
  await expectNoViolations(app.page);

  await notes.action(notes.note('Xem trang Bộ'), /^Sửa$/).click();
  await expect(app.page.getByRole('group', { name: 'Sửa ghi chú' })).toBeVisible();
  await app.page.getByRole('button', { name: 'Xem trước' }).click();
  await expectNoViolations(app.page);
  await app.page.keyboard.press('Escape');

  await notes.note('Xem trang Bộ').getByRole('link', { name: 'trang Bộ' }).click();
  await expect(notes.linkDialog()).toBeVisible();
  await expectNoViolations(app.page);
  await notes.linkDialog().getByRole('button', { name: 'Hủy' }).click();

  await notes.action(notes.note('Ghi chú về Nga'), /^Xóa$/).click();
  await expect(notes.undoButton()).toBeFocused();
  await notes.showTrash();
  await expect(notes.allNotes()).toHaveCount(1);
  await expectNoViolations(app.page);
});

test('text typed while the host is stopped is kept across a navigation and a reload, with a warning before leaving', async ({ app, countryList, countryPage }) => {
  test.skip(app.host === undefined, 'the browser host is what stops here');
  const host = app.host!;
  const notes = new NotesPage(app.page);
  const countriesLink = app.page.getByRole('navigation', { name: 'Chính' }).getByRole('link', { name: 'Quốc gia' });
  await countryList.countryLink('Azerbaijan').click();
  await expect(countryPage.heading('Azerbaijan')).toBeVisible();
  const editor = await notes.writeNote(notes.countryNotes(), 'Bản đầu, đã lưu');
  await expect(notes.editorStatus(editor)).toHaveText('Đã lưu');

  await host.stop();
  await editor.getByRole('textbox', { name: 'Nội dung ghi chú' }).fill('Bản đầu, đã lưu. Thêm khi máy chủ dừng');
  await expect(notes.editorStatus(editor)).toContainText('Chưa lưu được');
  const questions: string[] = [];
  app.page.once('dialog', (dialog) => {
    questions.push(dialog.message());
    void dialog.dismiss();
  });
  await countriesLink.click();
  expect(questions).toEqual([expect.stringContaining('chưa được lưu')]);
  await expect(countryPage.heading('Azerbaijan')).toBeVisible();
  app.page.once('dialog', (dialog) => void dialog.accept());
  await countriesLink.click();
  await expect(app.page).toHaveURL(/#\/$/);

  // Back, with the host running again: the text is there and saves itself.
  await host.start();
  await app.page.goBack();
  const restored = notes.countryNotes().getByRole('group', { name: 'Sửa ghi chú' });
  await expect(restored.getByRole('textbox', { name: 'Nội dung ghi chú' })).toHaveValue('Bản đầu, đã lưu. Thêm khi máy chủ dừng');
  await expect(notes.editorStatus(restored)).toHaveText('Đã lưu');

  // A reload while the host is stopped (the page cannot even load), then the host is back.
  await host.stop();
  await restored.getByRole('textbox', { name: 'Nội dung ghi chú' }).fill('Bản ba, trước khi tải lại');
  await expect(notes.editorStatus(restored)).toContainText('Chưa lưu được');
  app.page.once('dialog', (dialog) => void dialog.accept());
  await app.page.reload().catch(() => undefined);
  await host.start();
  await app.page.goto(host.url());
  await countryList.countryLink('Azerbaijan').click();
  const again = notes.countryNotes().getByRole('group', { name: 'Sửa ghi chú' });
  await expect(again.getByRole('textbox', { name: 'Nội dung ghi chú' })).toHaveValue('Bản ba, trước khi tải lại');
  await expect(notes.editorStatus(again)).toHaveText('Đã lưu');
  await notes.finishEditing(again);
  await app.page.reload();
  await expect(notes.note('Bản ba, trước khi tải lại', notes.countryNotes())).toBeVisible();
});
