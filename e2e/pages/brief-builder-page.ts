import type { Download, Locator, Page } from '@playwright/test';

/** The brief builder of a country and the trip binder: options, preview, save as PDF. */
export class BriefBuilderPage {
  constructor(readonly page: Page) {}

  /** The link on a country page that opens its brief builder. */
  prepareBriefLink(): Locator {
    return this.page.getByRole('link', { name: /Chuẩn bị tài liệu|Prepare brief/ });
  }

  /** The main navigation's link to the trip binder. */
  binderLink(): Locator {
    return this.page.getByRole('navigation').getByRole('link', { name: /Tập tài liệu chuyến công tác|Trip binder/ });
  }

  heading(name: string | RegExp): Locator {
    return this.page.getByRole('heading', { level: 1, name });
  }

  language(name: string | RegExp): Locator {
    return this.page.getByRole('group', { name: /Ngôn ngữ của tài liệu|Language of the brief/ }).getByRole('radio', { name, exact: typeof name === 'string' });
  }

  field(name: string | RegExp): Locator {
    return this.page.getByRole('textbox', { name });
  }

  labelField(): Locator {
    return this.field(/Nhãn lưu hành|Handling label/);
  }

  occasionField(): Locator {
    return this.field(/Dịp sử dụng|Occasion/);
  }

  preview(): Locator {
    return this.page.getByRole('region', { name: /Bản xem trước tài liệu|Preview of the brief/ });
  }

  /** What the builder says of the data before printing: as of when, whether it is old, what is missing. */
  dataCheck(): Locator {
    return this.page.getByRole('region', { name: /Kiểm tra dữ liệu trước khi in|Data check before printing/ });
  }

  saveButton(): Locator {
    return this.page.getByRole('button', { name: /Lưu PDF|Save PDF/ });
  }

  /** Saves the PDF and resolves with the download the browser receives. */
  async savePdf(): Promise<Download> {
    const download = this.page.waitForEvent('download', { timeout: 60_000 });
    await this.saveButton().click();
    return download;
  }

  /** The binder's countries in their order. */
  chosenCountries(): Locator {
    return this.page.getByRole('list', { name: /Thứ tự trong tập tài liệu|Order in the binder/ }).getByRole('listitem');
  }

  addCountryButton(name: string): Locator {
    return this.page.getByRole('button', { name: new RegExp(`^(Thêm|Add) ${name}$`) });
  }

  moveUpButton(name: string): Locator {
    return this.page.getByRole('button', { name: new RegExp(`^(Chuyển ${name} lên|Move ${name} up)$`) });
  }
}
