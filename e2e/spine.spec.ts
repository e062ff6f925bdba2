import { expect, test } from './fixtures';

test('the start screen lists the partner countries in Vietnamese, then in English after the switch', async ({ countryList }) => {
  await expect(countryList.heading('Các nước đối tác')).toBeVisible();
  for (const name of ['Azerbaijan', 'Nga', 'Belarus', 'Kyrgyzstan', 'Kazakhstan']) {
    await expect(countryList.countryLink(name)).toBeVisible();
  }

  await countryList.switchLanguage('English');
  await expect(countryList.heading('Partner countries')).toBeVisible();
  await expect(countryList.countryLink('Russia')).toBeVisible();
  await expect(countryList.languageButton('English')).toHaveAttribute('aria-pressed', 'true');
});

test('the language choice is remembered across restarts of the app', async ({ app, countryList, relaunch }) => {
  await countryList.switchLanguage('English');
  await expect(countryList.heading('Partner countries')).toBeVisible();
  await app.close();

  const again = await relaunch();
  await expect(again.page.getByRole('heading', { level: 1, name: 'Partner countries' })).toBeVisible();
});

test('a click on a country opens its records, read from the data folder', async ({ countryList, countryPage }) => {
  await countryList.countryLink('Azerbaijan').click();
  await expect(countryPage.heading('Azerbaijan')).toBeVisible();
  await expect(countryPage.page.getByText('23/09/1992').first()).toBeVisible();
});
