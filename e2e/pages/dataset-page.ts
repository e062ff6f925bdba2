import type { Locator, Page } from '@playwright/test';

/** The Dataset screen: where a newer dataset pack is imported, after a dry run's report. */
export class DatasetPage {
  constructor(readonly page: Page) {}

  /** Opens the screen from the header's navigation. */
  async open(): Promise<void> {
    await this.page.getByRole('navigation', { name: /^(Chính|Main)$/ }).getByRole('link', { name: /^(Bộ dữ liệu|Dataset)$/ }).click();
  }

  heading(): Locator {
    return this.page.getByRole('heading', { level: 1, name: /^(Bộ dữ liệu|Dataset)$/ });
  }

  fileInput(): Locator {
    return this.page.getByLabel(/^(Chọn tệp gói dữ liệu \(JSON\)…|Choose a dataset pack file \(JSON\)…)$/);
  }

  /** Chooses a pack file, as the officer does in the file chooser. */
  async choose(file: string): Promise<void> {
    await this.fileInput().setInputFiles(file);
  }

  /** The heading of the outcome shown after a dry run, an import or a refusal (it takes the focus). */
  resultHeading(name: string | RegExp): Locator {
    return this.page.getByRole('heading', { level: 3, name });
  }

  /** One list of the report (new, changed, removed, conflicts), by its heading's words. */
  reportList(label: RegExp): Locator {
    return this.page.getByRole('region', { name: label });
  }

  conflicts(): Locator {
    return this.reportList(/^(Xung đột với hồ sơ của anh\/chị|Conflicts with your records): \d+$/);
  }

  changed(): Locator {
    return this.reportList(/^(Hồ sơ thay đổi|Changed records): \d+$/);
  }

  importButton(): Locator {
    return this.page.getByRole('button', { name: /^(Nhập|Import)$/ });
  }

  reviewUpdatesLink(): Locator {
    return this.page.getByRole('link', { name: /^(Xem \d+ cập nhật|Review \d+ updates?)$/ });
  }

  alert(): Locator {
    return this.page.getByRole('alert');
  }
}
