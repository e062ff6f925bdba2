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

  /** A record's heading: where search results and timeline links put the focus. */
  recordHeading(title: string | RegExp): Locator {
    return this.page.getByRole('heading', { level: 3, name: title });
  }

  keyFigures(): Locator {
    return this.page.getByRole('region', { name: /Key figures|Số liệu chính/ });
  }

  tradeChart(): Locator {
    return this.page.getByRole('figure', { name: /Trade by year|Thương mại theo năm/ });
  }

  /** The labels under the trade chart's bars: a year, or a period's span. */
  tradeChartSpans(): Locator {
    return this.tradeChart().locator('.recharts-xAxis-tick-labels text');
  }

  timeline(): Locator {
    return this.page.getByRole('region', { name: /Timeline|Dòng thời gian/ });
  }

  timelineKind(kind: string | RegExp): Locator {
    return this.timeline().getByRole('checkbox', { name: kind });
  }

  sourceButton(recordTitle: string | RegExp): Locator {
    return this.record(recordTitle).getByRole('button', { name: /^(Source|Nguồn)/ });
  }

  sourceDialog(): Locator {
    return this.page.getByRole('dialog', { name: /^(Source|Nguồn)/ });
  }

  addRecordButton(): Locator {
    return this.page.getByRole('button', { name: /^(Thêm bản ghi|Add record)$/ });
  }

  /** The empty state's button, on a partner without records. */
  addFirstRecordButton(): Locator {
    return this.page.getByRole('button', { name: /^(Thêm bản ghi đầu tiên|Add the first record)$/ });
  }

  /** A record's Edit, History or Retire button. */
  recordAction(action: 'edit' | 'history' | 'retire', recordTitle: string): Locator {
    const verb = { edit: /^(Sửa|Edit) /, history: /^(Lịch sử của|History of) /, retire: /^(Thôi dùng|Retire) / }[action];
    const title = recordTitle.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    return this.record(new RegExp(`^${title}$`)).getByRole('button', { name: new RegExp(`${verb.source}${title}$`) });
  }

  retiredRecords(): Locator {
    return this.page.getByRole('region', { name: /^(Bản ghi đã thôi dùng|Retired records?)/ });
  }

  undoButton(): Locator {
    return this.page.getByRole('button', { name: /^(Hoàn tác|Undo)$/ });
  }
}
