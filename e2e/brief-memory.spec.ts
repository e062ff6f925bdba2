import { expect, test } from './fixtures';
import { BriefBuilderPage } from './pages/brief-builder-page';

test('a country’s brief comes back with the language and label last used for it', async ({ countryList, countryPage }) => {
  const builder = new BriefBuilderPage(countryPage.page);
  await countryList.countryLink('Azerbaijan').click();
  await builder.prepareBriefLink().click();
  await expect(builder.heading('Tài liệu: Azerbaijan')).toBeVisible();
  await builder.language('Tiếng Anh').check();
  await builder.labelField().fill('MẬT');

  await countryPage.page.getByRole('link', { name: /^(Trở lại|Back to) Azerbaijan$/ }).first().click();
  await expect(countryPage.heading('Azerbaijan')).toBeVisible();
  await builder.prepareBriefLink().click();
  await expect(builder.language('Tiếng Anh')).toBeChecked();
  await expect(builder.labelField()).toHaveValue('MẬT');

  await countryPage.page.goto(countryPage.page.url().replace('/AZ/brief', '/BY/brief'));
  await expect(builder.heading('Tài liệu: Belarus')).toBeVisible();
  await expect(builder.language('Tiếng Việt')).toBeChecked();
  await expect(builder.labelField()).toHaveValue('');
});
