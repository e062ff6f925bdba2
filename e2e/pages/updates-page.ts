import type { Locator, Page } from '@playwright/test';

/** The Updates list: records an update changed under the officer's edits, with the three versions and a decision. */
export class UpdatesPage {
  constructor(readonly page: Page) {}

  /** The header's link to the list; its name carries the count while updates wait. */
  navLink(): Locator {
    return this.page.getByRole('navigation', { name: /^(Chính|Main)$/ }).getByRole('link', { name: /^(Cập nhật|Updates)/ });
  }

  async open(): Promise<void> {
    await this.navLink().click();
  }

  heading(): Locator {
    return this.page.getByRole('heading', { level: 1, name: /^(Cập nhật|Updates)$/ });
  }

  /** One update, by the title of the officer's version. */
  update(title: string | RegExp): Locator {
    return this.page.getByRole('article', { name: title });
  }

  updates(): Locator {
    return this.page.getByRole('main').getByRole('article');
  }

  versions(update: Locator): Locator {
    return update.getByRole('table');
  }

  /** A row of the three versions, by the field's label. */
  fieldRow(update: Locator, field: RegExp): Locator {
    return this.versions(update).getByRole('row').filter({ has: this.page.getByRole('rowheader', { name: field }) });
  }

  action(update: Locator, name: RegExp): Locator {
    return update.getByRole('button', { name });
  }

  keepMine(update: Locator): Locator {
    return this.action(update, /^(Giữ bản của tôi|Keep mine)$/);
  }

  takeTheirs(update: Locator): Locator {
    return this.action(update, /^(Lấy bản cập nhật|Take theirs)$/);
  }

  mergeByField(update: Locator): Locator {
    return this.action(update, /^(Gộp theo từng trường|Merge by field)$/);
  }

  /** In the merge form: the side (mine or theirs) a field takes. */
  mergeChoice(update: Locator, field: RegExp, side: RegExp): Locator {
    return update.getByRole('group', { name: field }).getByRole('radio', { name: side });
  }

  applyMerge(update: Locator): Locator {
    return this.action(update, /^(Áp dụng bản gộp|Apply the merge)$/);
  }

  showOnCountryPage(update: Locator): Locator {
    return update.getByRole('link', { name: /^(Xem .* trên trang quốc gia|Show .* on the country page)$/ });
  }

  empty(): Locator {
    return this.page.getByText(/^(Không có gì cần xem|Nothing to review)/);
  }

  status(): Locator {
    return this.page.getByRole('status').filter({ has: this.page.getByRole('button', { name: /^(Hoàn tác|Undo)$/ }) });
  }

  undoButton(): Locator {
    return this.page.getByRole('button', { name: /^(Hoàn tác|Undo)$/ });
  }
}
