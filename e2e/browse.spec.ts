import { expect, test } from './fixtures';

test('in English, Kyrgyzstan’s page shows its key figures, a visit and the trade chart', async ({ countryList, countryPage }) => {
  await countryList.switchLanguage('English');
  await countryList.countryLink('Kyrgyzstan').click();
  await expect(countryPage.heading('Kyrgyzstan')).toBeVisible();

  const figures = countryPage.keyFigures();
  await expect(figures.getByRole('term')).toHaveText([
    'Diplomatic relations since',
    'Framework',
    'Last high-level visit',
    'Latest trade figure',
  ]);
  await expect(figures).toContainText('4 Jun 1992');
  await expect(figures).toContainText('Two-way trade USD 13.5 million in 2024');
  await expect(figures.getByRole('link', { name: /Kasymaliev's official visit to Vietnam/ })).toBeVisible();

  const visit = countryPage.record(/Kasymaliev's official visit to Vietnam/);
  await expect(visit).toContainText('6 Mar 2025');
  await expect(visit).toContainText('Official visit');

  const chart = countryPage.tradeChart();
  await expect(chart.locator('svg').first()).toBeVisible();
  await expect(chart).toContainText(/13\.5\s*million/);
  await expect(chart).toContainText('2024');
  // The 2017–2021 yearly level is a bar of its span, not a bar of 2017.
  await expect(countryPage.tradeChartSpans()).toHaveText(['2017–2021', '2022', '2023', '2024']);
});

test('Belarus’s latest trade figure keeps its source’s “more than” in the key figures and the chart, in Vietnamese and in English', async ({ countryList, countryPage }) => {
  await countryList.countryLink('Belarus').click();
  await expect(countryPage.keyFigures()).toContainText('hơn 65 triệu USD');
  await expect(countryPage.tradeChart()).toContainText(/hơn 65\s*triệu/);
  await countryList.switchLanguage('English');
  await expect(countryPage.keyFigures()).toContainText('more than USD 65 million in 2023');
  await expect(countryPage.tradeChart()).toContainText(/more than 65\s*million/);
});

test('a record opens its source passage and correction in a dialog that Escape closes, giving focus back', async ({ countryList, countryPage }) => {
  const { page } = countryPage;
  await countryList.countryLink('Azerbaijan').click();
  const title = 'Hiệp định miễn thị thực cho hộ chiếu ngoại giao và công vụ';
  const button = countryPage.sourceButton(title);
  await button.focus();
  await page.keyboard.press('Enter');

  const dialog = countryPage.sourceDialog();
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('heading', { level: 2 })).toHaveText(`Nguồn: ${title}`);
  await expect(dialog.getByRole('term')).toContainText(['Cơ quan đăng', 'Bài viết', 'Ngày đăng', 'Độ tin cậy']);
  await expect(dialog.getByRole('blockquote')).toContainText('miễn thị thực');
  await expect(dialog.getByRole('heading', { name: 'Đính chính' })).toBeVisible();
  await expect(dialog).toContainText('Lý do:');

  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(button).toBeFocused();
});

test('the timeline shows only the kinds left ticked', async ({ countryList, countryPage }) => {
  await countryList.countryLink('Kyrgyzstan').click();
  const timeline = countryPage.timeline();
  const entries = timeline.getByRole('list').getByRole('listitem');
  await expect(entries.first()).toBeVisible();
  const all = await entries.count();

  await countryPage.timelineKind('Lĩnh vực hợp tác').uncheck();
  await countryPage.timelineKind('Ủng hộ đa phương').uncheck();
  await expect(entries).not.toHaveCount(all);
  await expect(timeline.getByRole('status')).toContainText(`trên ${all} hồ sơ`);
  await expect(timeline.getByRole('listitem').filter({ hasText: 'Ủng hộ đa phương' })).toHaveCount(0);

  await timeline.getByRole('link', { name: 'Thiết lập quan hệ ngoại giao' }).click();
  await expect(countryPage.recordHeading('Thiết lập quan hệ ngoại giao')).toBeFocused();
});

test('the start screen sorts by its column buttons and filters without diacritics', async ({ countryList }) => {
  await expect(countryList.columnHeader(/Quốc gia/)).toHaveAttribute('aria-sort', 'ascending');
  await countryList.sortButton('Hồ sơ').click();
  await expect(countryList.columnHeader('Hồ sơ')).toHaveAttribute('aria-sort', 'descending');
  await expect(countryList.columnHeader(/Quốc gia/)).not.toHaveAttribute('aria-sort');
  const byRecords = await countryList.countryNames();
  expect(byRecords.at(-1)).toBe('Kazakhstan');

  await countryList.filterBox().fill('nga');
  await expect(countryList.page.getByRole('rowheader')).toHaveText(['Nga']);
  await countryList.switchLanguage('English');
  await countryList.filterBox().fill('kyrg');
  await expect(countryList.page.getByRole('rowheader')).toHaveText(['Kyrgyzstan']);
});

test('any partner state can be opened from the start screen: Mongolia shows its basics and says it has no records yet', async ({ countryList, countryPage }) => {
  const partners = countryList.partnerList();
  await expect(partners.getByRole('link', { name: 'Nhà nước Palestine' })).toBeVisible();
  await expect(partners.getByRole('link', { name: /Kosovo|Đài Loan/ })).toHaveCount(0);
  await countryList.regionSelect().selectOption({ label: 'Châu Á' });
  await countryList.partnerFilterBox().fill('mong co');
  await expect(partners.getByRole('status')).toHaveText('Hiển thị 1/188 nước');
  await partners.getByRole('link', { name: 'Mông Cổ' }).click();

  await expect(countryPage.heading('Mông Cổ')).toBeVisible();
  const basics = countryPage.page.getByRole('region', { name: 'Thông tin cơ bản' });
  await expect(basics).toContainText('Ulan Bator');
  await expect(basics).toContainText('Châu Á');
  await expect(countryPage.page.getByText('Chưa có bản ghi nào về Mông Cổ.')).toBeVisible();
});
