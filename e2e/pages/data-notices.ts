import type { Locator, Page } from '@playwright/test';

/** The banner that tells the officer what happened to their data files (recovered, read-only, taken over). */
export class DataNotices {
  constructor(readonly page: Page) {}

  banner(): Locator {
    return this.page.getByRole('alert', { name: /^(Về các tệp dữ liệu của bạn|About your data files)$/ });
  }
}
