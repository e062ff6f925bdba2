import { expect, test } from './fixtures';
import { AppHeader } from './pages/app-header';

test.describe('at 200% zoom (683×384 CSS pixels at a device scale of 2)', () => {
  test.use({ viewport: { width: 683, height: 384 }, deviceScaleFactor: 2 });

  for (const language of ['Tiếng Việt', 'English'] as const) {
    test(`every header control is visible and clickable, in ${language}`, async ({ app, countryList }) => {
      const header = new AppHeader(app.page);
      await countryList.heading(/Các nước đối tác|Partner countries/).waitFor();
      if (language === 'English') {
        await header.openMenuIfFolded();
        await countryList.switchLanguage('English');
        await expect(app.page.locator('html')).toHaveAttribute('lang', 'en');
      }
      await header.openMenuIfFolded();
      await app.page.screenshot({ path: `test-results/header-zoom-${language}.png` });
      for (const control of header.controls()) {
        for (const one of await control.all()) {
          await expect(one).toBeVisible();
          await one.click({ trial: true });
          const box = await one.boundingBox();
          expect(box && box.x >= 0 && box.x + box.width <= 683).toBe(true);
        }
      }
    });
  }
});

test.describe('at 1024 pixels wide', () => {
  test.use({ viewport: { width: 1024, height: 700 } });

  for (const language of ['Tiếng Việt', 'English'] as const) {
    test(`no header label breaks across lines, in ${language}`, async ({ app, countryList }) => {
      const header = new AppHeader(app.page);
      await countryList.heading(/Các nước đối tác|Partner countries/).waitFor();
      await countryList.switchLanguage(language);
      await expect(header.menuButton()).toBeHidden();
      await app.page.screenshot({ path: `test-results/header-1024-${language}.png` });
      for (const control of header.labelledControls()) {
        for (const one of await control.all()) {
          const lines = await one.evaluate((element) => {
            const style = getComputedStyle(element);
            const padding = parseFloat(style.paddingTop) + parseFloat(style.paddingBottom);
            return Math.round((element.getBoundingClientRect().height - padding) / parseFloat(style.lineHeight));
          });
          expect(lines, (await one.textContent()) ?? '').toBeLessThanOrEqual(1);
        }
      }
    });
  }
});

test('the skip link is the first Tab stop and moves focus to the main content', async ({ app, countryList }) => {
  const header = new AppHeader(app.page);
  await countryList.heading(/Các nước đối tác/).waitFor();
  const address = app.page.url();
  await app.page.keyboard.press('Tab');
  await expect(header.skipLink()).toBeFocused();
  await expect(header.skipLink()).toBeInViewport();
  await app.page.keyboard.press('Enter');
  await expect(app.page.getByRole('main')).toBeFocused();
  expect(app.page.url()).toBe(address);
});
