import { expect, test } from './fixtures';
import { BriefBuilderPage } from './pages/brief-builder-page';

test.describe('the brief builder at 1024×700', () => {
  test.use({ viewport: { width: 1024, height: 700 } });

  test('the preview fits its column, shows its page count and stays in view with “Save PDF” as the options scroll', async ({ app }) => {
    const builder = new BriefBuilderPage(app.page);
    await app.page.goto(app.page.url().replace(/#.*$/, '') + '#/country/AZ/brief');
    await expect(builder.heading('Tài liệu: Azerbaijan')).toBeVisible();
    const sheet = builder.preview().locator('.brief-sheet').first();
    await expect(sheet).toBeVisible();
    await expect(app.page.getByText(/^\d+ trang$/)).toBeVisible();

    const box = await sheet.boundingBox();
    expect(box && box.x + box.width).toBeLessThanOrEqual(1024);

    await app.page.mouse.wheel(0, 2000);
    await expect(builder.saveButton()).toBeInViewport();
    await expect(builder.preview()).toBeInViewport();
    await app.page.screenshot({ path: 'test-results/brief-layout-1024.png' });
  });
});
