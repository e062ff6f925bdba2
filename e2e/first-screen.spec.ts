import { expect, test } from './fixtures';

test('the start screen asks for the countries once, draws every flag from one file and loads no chart, editor or brief builder', async ({ app, countryList }) => {
  await expect(countryList.countryLink('Azerbaijan')).toBeVisible();
  await app.page.waitForLoadState('networkidle');
  const requested: string[] = [];
  app.page.on('request', (request) => requested.push(new URL(request.url()).pathname));
  await app.page.reload();
  await expect(countryList.countryLink('Azerbaijan')).toBeVisible();
  await expect(countryList.countryLink('Kazakhstan')).toBeVisible();
  await app.page.waitForLoadState('networkidle');

  expect(requested.filter((path) => path.endsWith('/api/listCountries'))).toHaveLength(1);
  expect(requested.filter((path) => path.endsWith('.svg'))).toEqual([expect.stringMatching(/\/country-flags-[\w-]+\.svg$/)]);
  const scripts = requested.filter((path) => path.endsWith('.js'));
  expect(scripts.length).toBeGreaterThan(0);
  expect(scripts.filter((path) => /BarChart|render-note-markdown|BriefBuilderScreen|CountryScreen/.test(path))).toEqual([]);
});

test('a country page loads its own code when it is opened', async ({ app, countryList, countryPage }) => {
  const requested: string[] = [];
  app.page.on('request', (request) => requested.push(new URL(request.url()).pathname));
  await countryList.countryLink('Azerbaijan').click();
  await expect(countryPage.heading('Azerbaijan')).toBeVisible();
  expect(requested.some((path) => /CountryScreen-[\w-]+\.js$/.test(path))).toBe(true);
});
