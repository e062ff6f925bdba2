import type { Locator, Page } from '@playwright/test';

/** Ctrl+K's command palette: one combobox over countries, actions, recent items and search results. */
export class CommandPalette {
  /** Keys pressed through `press` and `type`, to count how many a job takes. */
  keystrokes = 0;

  constructor(readonly page: Page) {}

  dialog(): Locator {
    return this.page.getByRole('dialog', { name: /Command palette|Bảng lệnh/ });
  }

  input(): Locator {
    return this.dialog().getByRole('combobox');
  }

  list(): Locator {
    return this.dialog().getByRole('listbox');
  }

  option(name: string | RegExp): Locator {
    return this.list().getByRole('option', { name });
  }

  selected(): Locator {
    return this.list().getByRole('option', { selected: true });
  }

  section(name: string | RegExp): Locator {
    return this.list().getByRole('group', { name });
  }

  async press(key: string): Promise<void> {
    this.keystrokes += 1;
    await this.page.keyboard.press(key);
  }

  async type(text: string): Promise<void> {
    this.keystrokes += text.length;
    await this.page.keyboard.type(text);
  }

  /** Presses ArrowDown until `name` is the selected option (it must be in the list). */
  async arrowDownTo(name: RegExp, limit = 20): Promise<void> {
    for (let presses = 0; presses < limit; presses += 1) {
      if (name.test((await this.selected().textContent()) ?? '')) return;
      await this.press('ArrowDown');
    }
    throw new Error(`no option matching ${name} within ${limit} presses of ArrowDown`);
  }
}
