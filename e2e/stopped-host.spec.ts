import { stat } from 'node:fs/promises';
import path from 'node:path';
import { expect, test } from './fixtures';
import { HostState } from './pages/host-state';
import { SearchBox } from './pages/search-box';

test.describe('a stopped, restarted or tokenless browser host', () => {
  test.skip(({ app }) => app.host === undefined, 'Only the browser host can stop under an open page.');

  test('with the host stopped the page says so in both languages, a search and a language switch fail visibly, and all comes back by itself', async ({ app, countryList, countryPage }) => {
    const host = app.host!;
    const state = new HostState(app.page);
    await expect(countryList.heading('Các nước đối tác')).toBeVisible();
    await host.stop();

    await countryList.countryLink('Azerbaijan').click();
    await expect(state.stoppedNotice()).toContainText('Country Desk đã dừng: hãy chạy lại bằng lệnh npx country-desk serve và mở liên kết mà lệnh in ra.');
    await expect(state.stoppedNotice()).toContainText('Country Desk stopped: start it again with npx country-desk serve and open the link it prints.');
    await expect(state.stoppedNotice().locator('[lang="en"]')).toContainText('Country Desk stopped');
    await expect(app.page.getByText('Something went wrong')).toHaveCount(0);

    const search = new SearchBox(app.page);
    await search.input().fill('azerbaijan');
    await expect(app.page.getByRole('search').getByRole('alert')).toHaveText('Country Desk đã dừng nên việc này chưa làm được.');
    await expect(app.page.getByText('Không tìm thấy “azerbaijan”')).toHaveCount(0);
    await search.input().fill('');

    await countryList.switchLanguage('English');
    await expect(app.page.getByRole('banner').getByRole('alert')).toHaveText('Country Desk đã dừng nên việc này chưa làm được.');
    await expect(countryList.languageButton('Tiếng Việt')).toHaveAttribute('aria-pressed', 'true');

    await host.start();
    await expect(state.stoppedNotice()).toHaveCount(0);
    await expect(countryPage.heading('Azerbaijan')).toBeVisible();
    await expect(countryPage.page.getByText('23/09/1992').first()).toBeVisible();
  });

  test('after a restart the token is the same: the open tab, a reload and a bookmark still open the app', async ({ app, countryList, countryPage, dataDir }) => {
    const host = app.host!;
    const firstUrl = host.url();
    await countryList.countryLink('Azerbaijan').click();
    await expect(countryPage.heading('Azerbaijan')).toBeVisible();
    const bookmark = app.page.url();
    expect(bookmark).not.toContain('token=');

    await host.stop();
    await host.start();
    expect(host.url()).toBe(firstUrl);
    expect((await stat(path.join(dataDir, 'browser-host.json'))).mode & 0o777).toBe(0o600);

    await app.page.reload();
    await expect(countryPage.heading('Azerbaijan')).toBeVisible();
    const another = await app.page.context().newPage();
    await another.goto(bookmark);
    await expect(another.getByRole('heading', { level: 1, name: 'Azerbaijan' })).toBeVisible();
  });

  test('a visit without the token, or with a wrong one, says how to open the app', async ({ app, browser }) => {
    const origin = new URL(app.host!.url()).origin;
    const context = await browser.newContext({ locale: 'en-US' });
    const page = await context.newPage();
    const state = new HostState(page);

    await page.goto(`${origin}/#/country/AZ`);
    await expect(state.openFromLinkHeading('Open Country Desk from its link')).toBeVisible();
    await expect(state.openFromLinkHeading('Hãy mở Country Desk từ liên kết của nó')).toBeVisible();
    await expect(page.locator('[lang="vi"]')).toContainText('npx country-desk serve');

    await page.goto(`${origin}/?token=not-this-hosts-token#/notes`);
    await expect(state.openFromLinkHeading('Open Country Desk from its link')).toBeVisible();
    await context.close();
  });
});
