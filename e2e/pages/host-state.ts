import type { Locator, Page } from '@playwright/test';

/** What the page says about the browser host behind it: stopped, or not taking this page's key. */
export class HostState {
  constructor(readonly page: Page) {}

  /** The bilingual notice shown while the host is stopped. */
  stoppedNotice(): Locator {
    return this.page.getByRole('alert').filter({ has: this.page.getByRole('heading', { name: 'Country Desk đã dừng' }) });
  }

  /** The page a visit without a valid token gets, in the given language's words. */
  openFromLinkHeading(name: 'Hãy mở Country Desk từ liên kết của nó' | 'Open Country Desk from its link'): Locator {
    return this.page.getByRole('heading', { level: 1, name });
  }
}
