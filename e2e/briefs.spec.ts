import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures';
import { BriefBuilderPage } from './pages/brief-builder-page';

const run = promisify(execFile);

/** The text of each page of a downloaded PDF, as `pdftotext -layout` (poppler) extracts it. */
async function pdfPages(file: string): Promise<string[][]> {
  const { stdout } = await run('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-']);
  return stdout
    .split('\f')
    .slice(0, -1)
    .map((page) => page.split('\n').map((line) => line.trim()).filter(Boolean));
}

test.describe('briefs', () => {
  test.skip(({ app }) => app.kind === 'electron', 'The desktop app saves through the system save dialog, which a test cannot drive.');
  test.setTimeout(120_000);

  test('an English brief with a handling label is built from the country page and downloaded as a PDF', async ({ countryList, countryPage }) => {
    const builder = new BriefBuilderPage(countryPage.page);
    await countryList.countryLink('Azerbaijan').click();
    await builder.prepareBriefLink().click();
    await expect(builder.heading('Tài liệu: Azerbaijan')).toBeVisible();

    await builder.language('Tiếng Anh').check();
    await builder.labelField().fill('LƯU HÀNH NỘI BỘ');
    await expect(builder.preview().getByRole('heading', { name: 'Vietnam – Azerbaijan relations: background brief' })).toBeVisible();
    await expect(builder.preview().getByText('LƯU HÀNH NỘI BỘ').first()).toBeVisible();

    const download = await builder.savePdf();
    expect(download.suggestedFilename()).toMatch(/^Brief-AZ-en-\d{4}-\d{2}-\d{2}\.pdf$/);
    await expect(countryPage.page.getByText(`Downloaded ${download.suggestedFilename()}`).or(countryPage.page.getByText(`Đã tải xuống ${download.suggestedFilename()}`))).toBeVisible();

    const pages = await pdfPages(await download.path());
    expect(pages[0]).toContain('Vietnam – Azerbaijan relations: background brief');
    expect(pages.flat().join(' ')).toMatch(/Diplomatic relations established\s+23 Sep 1992/);
    pages.forEach((lines, index) => {
      expect(lines[0]).toBe('LƯU HÀNH NỘI BỘ');
      expect(lines.at(-1)).toMatch(new RegExp(`LƯU HÀNH NỘI BỘ\\s+Page ${index + 1} of ${pages.length}$`));
    });
  });

  test('a trip binder is put together with the keyboard and printed with its contents', async ({ app }) => {
    const builder = new BriefBuilderPage(app.page);
    await builder.binderLink().click();
    await expect(builder.heading('Tập tài liệu chuyến công tác')).toBeVisible();
    for (const name of ['Kazakhstan', 'Azerbaijan', 'Belarus', 'Nga']) await builder.addCountryButton(name).click();
    // The pressed Add button leaves the list; focus moves on to the next country still to add.
    await expect(builder.addCountryButton('Kyrgyzstan')).toBeFocused();

    await builder.moveUpButton('Nga').focus();
    await app.page.keyboard.press('Enter');
    await expect(builder.chosenCountries()).toHaveText([/Kazakhstan/, /Azerbaijan/, /Nga/, /Belarus/]);
    await expect(builder.moveUpButton('Nga')).toBeFocused();

    await expect(builder.dataCheck()).toContainText('Số liệu cập nhật đến 09/05/2025');
    await expect(builder.dataCheck()).toContainText('cũ hơn sáu tháng so với ngày soạn');
    await expect(builder.dataCheck().getByRole('listitem').filter({ hasText: /^Kazakhstan:/ })).toContainText('Kinh tế, thương mại và đầu tư');
    await expect(builder.dataCheck().getByRole('listitem').filter({ hasText: /^Nga:/ })).toContainText('số liệu thương mại');

    await builder.occasionField().fill('Chuyến thăm cấp Nhà nước, tháng 5/2025');
    const download = await builder.savePdf();
    expect(download.suggestedFilename()).toMatch(/^Binder-KZ-AZ-RU-BY-vi-\d{4}-\d{2}-\d{2}\.pdf$/);

    const pages = await pdfPages(await download.path());
    expect(pages[0]).toContain('Chuyến thăm cấp Nhà nước, tháng 5/2025');
    const contents = pages[1]!;
    expect(contents).toContain('Mục lục');
    for (const name of ['Kazakhstan', 'Azerbaijan', 'Belarus']) {
      const row = contents.find((line) => new RegExp(`^\\d+\\s+${name}\\s+\\d+$`).test(line));
      const page = Number(/(\d+)$/.exec(row ?? '')?.[1]);
      expect(pages[page - 1]?.[0], `${name} starts on page ${page}`).toBe(name);
    }
  });

  test('axe finds nothing on the brief builder and the binder', async ({ app, countryList }) => {
    const builder = new BriefBuilderPage(app.page);
    const expectNoViolations = async () => {
      const { violations } = await new AxeBuilder({ page: app.page }).analyze();
      expect(violations.map(({ id, nodes }) => ({ id, targets: nodes.map((node) => node.target.join(' ')) }))).toEqual([]);
    };
    await countryList.countryLink('Kyrgyzstan').click();
    await builder.prepareBriefLink().click();
    await expect(builder.preview().getByRole('figure')).toBeVisible();
    await expectNoViolations();

    await builder.binderLink().click();
    await builder.addCountryButton('Kazakhstan').click();
    await builder.addCountryButton('Belarus').click();
    await expect(builder.preview().getByRole('heading', { name: 'Mục lục' })).toBeVisible();
    await expectNoViolations();
  });
});
