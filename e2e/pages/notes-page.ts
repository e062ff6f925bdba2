import type { Locator, Page } from '@playwright/test';

/** The notes screen (every note, the trash) and the notes panels on a country's page. */
export class NotesPage {
  constructor(readonly page: Page) {}

  /** Opens the notes screen from the header. */
  async open(): Promise<void> {
    await this.page.getByRole('navigation', { name: /^(Chính|Main)$/ }).getByRole('link', { name: /^(Ghi chú|Notes)$/ }).click();
  }

  heading(): Locator {
    return this.page.getByRole('heading', { level: 1, name: /^(Ghi chú của tôi|My notes)$/ });
  }

  searchBox(): Locator {
    return this.page.getByRole('searchbox', { name: /^(Tìm trong ghi chú|Search notes)$/ });
  }

  countryFilter(): Locator {
    return this.page.getByRole('combobox', { name: /^(Quốc gia|Country)$/ });
  }

  tagFilter(): Locator {
    return this.page.getByRole('combobox', { name: /^(Thẻ|Tag)$/ });
  }

  /** A note shown as a card, by the words its first line starts with. */
  note(firstWords: string, within: Locator | Page = this.page): Locator {
    return within.getByRole('article', { name: new RegExp(`^(Ghi chú|Note): ${escapeRegExp(firstWords)}`) });
  }

  /** Every note card on the screen. */
  allNotes(): Locator {
    return this.page.getByRole('article', { name: /^(Ghi chú|Note): / });
  }

  async showTrash(): Promise<void> {
    await this.page.getByRole('group', { name: /^(Hiển thị|Show)$/ }).getByRole('button', { name: /^(Thùng rác|Trash)$/ }).click();
  }

  async showNotes(): Promise<void> {
    await this.page.getByRole('group', { name: /^(Hiển thị|Show)$/ }).getByRole('button', { name: /^(Ghi chú|Notes)$/ }).click();
  }

  /** A note's action: Sửa/Edit, Ghim/Pin, Lịch sử/History, Xóa/Delete, Khôi phục/Restore. */
  action(note: Locator, name: RegExp): Locator {
    return note.getByRole('button', { name });
  }

  /** The message saying what just happened, with its Undo button. */
  status(): Locator {
    return this.page.getByRole('status').filter({ hasText: /thùng rác|trash|khôi phục|restored/i });
  }

  undoButton(): Locator {
    return this.page.getByRole('button', { name: /^(Hoàn tác|Undo)$/ });
  }

  /** The notes of one record on a country's page (a group in the record's article). */
  recordNotes(record: Locator): Locator {
    return record.getByRole('group', { name: /^(Ghi chú của bạn về hồ sơ này|Your notes on this record)$/ });
  }

  countryNotes(): Locator {
    return this.page.getByRole('region', { name: /^(Ghi chú của bạn về quốc gia này|Your notes on this country)$/ });
  }

  /** Starts a note in a panel and types it; it saves itself as it is typed. */
  async writeNote(panel: Locator, text: string, tags?: string): Promise<Locator> {
    await panel.getByRole('button', { name: /^(Thêm ghi chú|Add note)(: .+)?$|^(Thêm ghi chú về quốc gia|Add a note on the country)$/ }).click();
    const editor = panel.getByRole('group', { name: /^(Ghi chú mới|New note)$/ });
    await editor.getByRole('textbox', { name: /^(Nội dung ghi chú|Note text)$/ }).fill(text);
    if (tags !== undefined) await editor.getByRole('textbox', { name: /^(Thẻ|Tags)$/ }).fill(tags);
    return editor;
  }

  editorStatus(editor: Locator): Locator {
    return editor.getByRole('status');
  }

  async finishEditing(editor: Locator): Promise<void> {
    await editor.getByRole('button', { name: /^(Xong|Done)$/ }).click();
  }

  /** Chooses an export file to import: what importing it would do is shown first (see `importPreview`). */
  async chooseImportFile(file: string | { name: string; mimeType: string; buffer: Buffer }): Promise<void> {
    await this.page.getByLabel(/^(Nhập ghi chú từ tệp|Import notes from a file)$/).setInputFiles(file);
  }

  /** What importing the chosen file would do, with its Import and Cancel buttons. */
  importPreview(): Locator {
    return this.page.getByRole('region', { name: /^(Trước khi nhập|Before importing)$/ });
  }

  async confirmImport(): Promise<void> {
    await this.importPreview().getByRole('button', { name: /^(Nhập|Import)$/ }).click();
  }

  async cancelImport(): Promise<void> {
    await this.importPreview().getByRole('button', { name: /^(Hủy|Cancel)$/ }).click();
  }

  /** The progress shown while an import writes. */
  importProgress(): Locator {
    return this.page.getByRole('progressbar', { name: /^(Đang nhập|Importing) / });
  }

  /** The confirmation shown before a link in a note opens in the browser. */
  linkDialog(): Locator {
    return this.page.getByRole('dialog', { name: /^(Mở liên kết này trong trình duyệt\?|Open this link in your browser\?)$/ });
  }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
