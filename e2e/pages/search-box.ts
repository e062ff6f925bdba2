import type { Locator, Page } from '@playwright/test';

/** The search box in the header, on every screen, and its list of results. */
export class SearchBox {
  constructor(readonly page: Page) {}

  input(): Locator {
    return this.page.getByRole('combobox', { name: /Search records and notes|Tìm trong hồ sơ và ghi chú/ });
  }

  results(): Locator {
    return this.page.getByRole('listbox', { name: /Search results|Kết quả tìm kiếm/ });
  }

  resultGroup(country: string | RegExp): Locator {
    return this.results().getByRole('group', { name: country });
  }

  result(name: string | RegExp): Locator {
    return this.results().getByRole('option', { name });
  }

  selectedResult(): Locator {
    return this.results().getByRole('option', { selected: true });
  }

  /** The polite announcement of how many results there are. */
  count(): Locator {
    return this.page.getByRole('search').getByRole('status');
  }

  /** Moves down the results with the arrow key until `name` is the selected one; at most `limit` presses. */
  async arrowDownTo(name: RegExp, limit = 20): Promise<void> {
    for (let presses = 0; presses < limit; presses += 1) {
      await this.page.keyboard.press('ArrowDown');
      const selected = (await this.selectedResult().textContent()) ?? '';
      if (name.test(selected)) return;
    }
    throw new Error(`no result matching ${name} within ${limit} presses of ArrowDown`);
  }
}
