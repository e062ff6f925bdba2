import type { Locator, Page } from '@playwright/test';

/** The record form (a dialog on the country page) and the dialogs around a record: retire, history. */
export class RecordEditor {
  constructor(readonly page: Page) {}

  dialog(): Locator {
    return this.page.getByRole('dialog', { name: /^(Thêm bản ghi|Add a record|Sửa: |Edit: )/ });
  }

  /** A field of the form by its label, e.g. `Tiêu đề (tiếng Việt)`. */
  field(label: string | RegExp): Locator {
    return this.dialog().getByLabel(label, { exact: typeof label === 'string' });
  }

  saveButton(): Locator {
    return this.dialog().getByRole('button', { name: /^(Lưu|Save) \(Ctrl\+S\)$/ });
  }

  retireDialog(): Locator {
    return this.page.getByRole('dialog', { name: /^(Thôi dùng|Retire) “/ });
  }

  historyDialog(): Locator {
    return this.page.getByRole('dialog', { name: /^(Lịch sử của|History of) “/ });
  }
}
