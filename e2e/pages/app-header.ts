import type { Locator, Page } from '@playwright/test';

/** The header on every screen; where it is narrow, its controls sit in a menu. */
export class AppHeader {
  constructor(readonly page: Page) {}

  banner(): Locator {
    return this.page.getByRole('banner');
  }

  skipLink(): Locator {
    return this.page.getByRole('link', { name: /Skip to main content|Chuyển đến nội dung chính/ });
  }

  menuButton(): Locator {
    return this.banner().getByRole('button', { name: /^(Menu|Trình đơn)$/ });
  }

  /** Opens the menu when the header is folded into one. */
  async openMenuIfFolded(): Promise<void> {
    if ((await this.menuButton().isVisible()) && (await this.menuButton().getAttribute('aria-expanded')) !== 'true') {
      await this.menuButton().click();
    }
  }

  themeSelect(): Locator {
    return this.banner().getByRole('combobox', { name: /^(Theme|Giao diện)$/ });
  }

  /** The header's links and buttons with a text label: the app's name, the screens, the languages. */
  labelledControls(): Locator[] {
    const banner = this.banner();
    return [
      banner.getByRole('link', { name: /^Country Desk$/ }),
      banner.getByRole('navigation').getByRole('link'),
      banner.getByRole('group', { name: /Ngôn ngữ|Language/ }).getByRole('button'),
    ];
  }

  /** Every control of the header but the skip link. */
  controls(): Locator[] {
    const search = this.banner().getByRole('combobox', { name: /Search records and notes|Tìm trong hồ sơ và ghi chú/ });
    return [...this.labelledControls(), search, this.themeSelect()];
  }
}
