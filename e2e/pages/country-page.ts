import type { Locator, Page } from '@playwright/test';

/** One partner country's page. */
export class CountryPage {
  constructor(readonly page: Page) {}

  heading(name: string | RegExp): Locator {
    return this.page.getByRole('heading', { level: 1, name });
  }

  record(title: string | RegExp): Locator {
    return this.page.getByRole('article', { name: title });
  }
}
