import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { SearchBox } from './pages/search-box';

async function expectNoViolations(page: Page): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  expect(violations.map(({ id, help, nodes }) => ({ id, help, targets: nodes.map((node) => node.target.join(' ')) }))).toEqual([]);
}

for (const language of ['Tiếng Việt', 'English'] as const) {
  test(`axe finds nothing on the start screen, a country page and the search results, in ${language}`, async ({ countryList, countryPage }) => {
    // Three full axe runs, one over the start screen's ~190 partner links: slow on a loaded 2-core machine.
    test.slow();
    const { page } = countryList;
    await countryList.switchLanguage(language);
    await expect(page.locator('html')).toHaveAttribute('lang', language === 'English' ? 'en' : 'vi');
    await expect(page.getByRole('rowheader')).toHaveCount(5);
    await expectNoViolations(page);

    await countryList.countryLink('Kyrgyzstan').click();
    await expect(countryPage.tradeChart()).toBeVisible();
    await expectNoViolations(page);

    const search = new SearchBox(page);
    await search.input().fill(language === 'English' ? 'visa' : 'thi thuc');
    await expect(search.results().getByRole('option').first()).toBeVisible();
    await page.keyboard.press('ArrowDown');
    await expectNoViolations(page);
  });

  test(`axe finds nothing in the source dialog, in ${language}`, async ({ countryList, countryPage }) => {
    await countryList.switchLanguage(language);
    await countryList.countryLink('Azerbaijan').click();
    await countryPage.page.getByRole('button', { name: /^(Source|Nguồn)/ }).first().click();
    await expect(countryPage.sourceDialog()).toBeVisible();
    await expectNoViolations(countryPage.page);
  });
}
