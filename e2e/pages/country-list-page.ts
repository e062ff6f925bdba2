import type { Locator, Page } from '@playwright/test';

/** The start screen: the partner countries. */
export class CountryListPage {
  constructor(readonly page: Page) {}

  heading(name: string | RegExp): Locator {
    return this.page.getByRole('heading', { level: 1, name });
  }

  countryLink(name: string | RegExp): Locator {
    return this.page.getByRole('link', { name, exact: typeof name === 'string' });
  }

  async switchLanguage(label: 'Tiếng Việt' | 'English'): Promise<void> {
    await this.page.getByRole('group', { name: /Ngôn ngữ|Language/ }).getByRole('button', { name: label }).click();
  }

  filterBox(): Locator {
    return this.page.getByRole('searchbox', { name: /Filter countries|Lọc danh sách nước/ });
  }

  columnHeader(name: string | RegExp): Locator {
    return this.page.getByRole('columnheader', { name, exact: typeof name === 'string' });
  }

  sortButton(column: string | RegExp): Locator {
    return this.columnHeader(column).getByRole('button');
  }

  /** The country names, in the order the table shows them. */
  countryNames(): Promise<string[]> {
    return this.page.getByRole('rowheader').allInnerTexts();
  }

  languageButton(label: 'Tiếng Việt' | 'English'): Locator {
    return this.page.getByRole('group', { name: /Ngôn ngữ|Language/ }).getByRole('button', { name: label });
  }

  /** The list of partner states that have no records yet. */
  partnerList(): Locator {
    return this.page.getByRole('region', { name: /Other partner states|Các nước đối tác khác/ });
  }

  partnerFilterBox(): Locator {
    return this.partnerList().getByRole('searchbox', { name: /Filter partner states|Lọc các nước đối tác/ });
  }

  regionSelect(): Locator {
    return this.partnerList().getByRole('combobox', { name: /Region|Khu vực/ });
  }
}
