import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures';
import { BriefBuilderPage } from './pages/brief-builder-page';
import { RecordEditor } from './pages/record-editor';
import { SearchBox } from './pages/search-box';

const run = promisify(execFile);

const VISIT_TITLE = 'Chủ tịch Đại Khural Quốc gia Mông Cổ thăm chính thức Việt Nam';

test.describe('the record editor', () => {
  test.setTimeout(120_000);

  test('a visit to Mongolia saved in Vietnamese only is on the page, the timeline, in search and in the brief, and English says its translation is missing', async ({
    app,
    countryList,
    countryPage,
  }) => {
    test.skip(app.kind === 'electron', 'The desktop app saves a PDF through the system save dialog, which a test cannot drive.');
    const editor = new RecordEditor(app.page);
    await countryList.partnerFilterBox().fill('mong co');
    await countryList.partnerList().getByRole('link', { name: 'Mông Cổ' }).click();
    await expect(countryPage.heading('Mông Cổ')).toBeVisible();

    await countryPage.addFirstRecordButton().click();
    await expect(editor.field('Loại bản ghi')).toHaveValue('visit');
    await editor.field('Ngày').fill('10/03/2026');
    await expect(app.page.getByText('Tức là: 10 tháng 3, 2026')).toBeVisible();
    await editor.field('Tiêu đề (tiếng Việt)').fill(VISIT_TITLE);
    await expect(editor.field('Tiêu đề: bản dịch')).toHaveValue('missing');
    await editor.field('Tóm tắt (tiếng Việt)').fill('Đoàn hội đàm với Chủ tịch Quốc hội Việt Nam tại Hà Nội.');
    await editor.field('Trưởng đoàn: chức vụ (tiếng Việt)').fill('Chủ tịch Đại Khural Quốc gia');
    await editor.field('Nguồn 1: loại').selectOption({ label: 'Một bài báo' });
    await editor.field('Bài báo').selectOption({ label: 'Một bài báo mới' });
    await editor.field('Cơ quan đăng tải').fill('Báo Nhân Dân');
    await editor.field('Tiêu đề bài báo').fill('Chủ tịch Đại Khural Quốc gia Mông Cổ thăm Việt Nam');
    await editor.field('Địa chỉ trang web').fill('https://nhandan.vn/mong-co-2026');
    await editor.field('Đoạn trích làm căn cứ').fill('Chủ tịch Đại Khural Quốc gia Mông Cổ thăm chính thức Việt Nam từ ngày 10/3/2026.');

    // The principal's name is still empty: Ctrl+S is refused, the field says why and has the focus.
    await editor.field('Đoạn trích làm căn cứ').press('Control+s');
    const principalName = editor.field('Trưởng đoàn: họ tên (tiếng Việt)');
    await expect(principalName).toBeFocused();
    await expect(principalName).toHaveAccessibleDescription(/Cần ghi nội dung này/);
    await principalName.fill('Dashzegve Amarbayasgalan');
    await principalName.press('Control+s');

    await expect(editor.dialog()).toBeHidden();
    await expect(app.page.getByText(`Đã thêm bản ghi “${VISIT_TITLE}”.`)).toBeVisible();
    await expect(countryPage.record(VISIT_TITLE)).toContainText('Của tôi');
    await expect(countryPage.record(VISIT_TITLE)).toContainText('Dashzegve Amarbayasgalan, Chủ tịch Đại Khural Quốc gia');
    await expect(countryPage.timeline().getByRole('link', { name: VISIT_TITLE })).toBeVisible();

    const search = new SearchBox(app.page);
    await search.input().fill('Dai Khural');
    await expect(search.result(new RegExp(VISIT_TITLE))).toBeVisible();
    await search.input().press('Escape');

    await countryList.switchLanguage('English');
    await expect(countryPage.heading('Mongolia')).toBeVisible();
    await expect(countryPage.recordHeading('translation missing')).toBeVisible();
    await expect(countryPage.record('translation missing')).toContainText('Mine');
    await countryList.switchLanguage('Tiếng Việt');

    const builder = new BriefBuilderPage(app.page);
    await builder.prepareBriefLink().click();
    await expect(builder.heading('Tài liệu: Mông Cổ')).toBeVisible();
    const download = await builder.savePdf();
    const { stdout } = await run('pdftotext', ['-enc', 'UTF-8', await download.path(), '-']);
    const text = stdout.replace(/\s+/g, ' ');
    expect(text).toContain(VISIT_TITLE);
    expect(text).toContain('Báo Nhân Dân');
    await builder.language('Tiếng Anh').check();
    await expect(builder.preview()).toContainText('translation missing');
  });

  test('an Azerbaijan record edited by the named officer is marked so, its history says who, and Undo puts it back', async ({ app, countryList, countryPage }) => {
    const editor = new RecordEditor(app.page);
    await app.page.getByRole('navigation').getByRole('link', { name: 'Cài đặt' }).click();
    await app.page.getByLabel('Họ tên của bạn').fill('Nguyễn Thị Lan');
    await app.page.getByRole('button', { name: 'Lưu' }).click();
    await expect(app.page.getByText('Đã lưu họ tên của bạn.')).toBeVisible();

    await app.page.getByRole('navigation').getByRole('link', { name: 'Quốc gia' }).click();
    await countryList.countryLink('Azerbaijan').click();
    await expect(countryPage.record(/^Hợp tác văn hóa$/)).toContainText('Tham chiếu');
    await countryPage.recordAction('edit', 'Hợp tác văn hóa').click();
    await expect(editor.dialog()).toHaveAccessibleName('Sửa: Hợp tác văn hóa');
    const { violations } = await new AxeBuilder({ page: app.page }).include('dialog').analyze();
    expect(violations.map(({ id, nodes }) => ({ id, targets: nodes.map((node) => node.target.join(' ')) }))).toEqual([]);
    await editor.field('Tiêu đề (tiếng Việt)').fill('Hợp tác văn hóa và nghệ thuật');
    await editor.field('Tiêu đề (tiếng Việt)').press('Control+s');

    const edited = countryPage.record('Hợp tác văn hóa và nghệ thuật');
    await expect(edited).toContainText('Tôi đã sửa');
    await expect(edited).toContainText('Nguyễn Thị Lan');
    await countryPage.recordAction('history', 'Hợp tác văn hóa và nghệ thuật').click();
    await expect(editor.historyDialog().getByRole('listitem')).toHaveText([/^Phiên bản 1: sửa bởi Nguyễn Thị Lan, [^—]+ — thay đổi: tiêu đề$/]);
    await app.page.keyboard.press('Escape');
    await expect(editor.historyDialog()).toBeHidden();

    // The Undo of the status line, reached and pressed with the keyboard.
    await countryPage.undoButton().focus();
    await app.page.keyboard.press('Enter');
    await expect(app.page.getByText('Đã hoàn tác thay đổi của “Hợp tác văn hóa”.')).toBeVisible();
    await expect(countryPage.record(/^Hợp tác văn hóa$/)).toContainText('Tham chiếu');
    await expect(countryPage.record('Hợp tác văn hóa và nghệ thuật')).toHaveCount(0);
  });

  test('a retired record leaves the page for the retired list with its reason, and Restore brings it back', async ({ app, countryList, countryPage }) => {
    const editor = new RecordEditor(app.page);
    await countryList.countryLink('Azerbaijan').click();
    await countryPage.recordAction('retire', 'Hợp tác quốc phòng').click();
    await expect(editor.retireDialog()).toBeVisible();
    await app.page.keyboard.press('Escape');
    await expect(editor.retireDialog()).toBeHidden();
    await expect(countryPage.record('Hợp tác quốc phòng')).toBeVisible();

    await countryPage.recordAction('retire', 'Hợp tác quốc phòng').click();
    await editor.retireDialog().getByRole('button', { name: 'Thôi dùng', exact: true }).click();
    await expect(editor.retireDialog().getByLabel('Lý do không còn đúng')).toHaveAccessibleDescription('Cần điền mục này.');
    await editor.retireDialog().getByLabel('Lý do không còn đúng').fill('Nguồn mới cho thấy hợp tác đã tạm dừng.');
    await editor.retireDialog().getByRole('button', { name: 'Thôi dùng', exact: true }).click();

    await expect(countryPage.record('Hợp tác quốc phòng')).toHaveCount(0);
    const retired = countryPage.retiredRecords();
    await expect(retired).toContainText('Hợp tác quốc phòng');
    await expect(retired).toContainText('Lý do: Nguồn mới cho thấy hợp tác đã tạm dừng.');

    await retired.getByRole('button', { name: 'Dùng lại Hợp tác quốc phòng' }).click();
    await expect(countryPage.record('Hợp tác quốc phòng')).toBeVisible();
    await expect(countryPage.retiredRecords()).toHaveCount(0);
  });
});

test('a trade figure added from the country page keeps the qualifier of its amount, in both languages', async ({ app, countryList, countryPage }) => {
  const editor = new RecordEditor(app.page);
  await countryList.countryLink('Azerbaijan').click();
  await countryPage.addRecordButton().click();
  await editor.field('Loại bản ghi').selectOption({ label: 'Thương mại' });
  await editor.field('Tiêu đề (tiếng Việt)').fill('Kim ngạch thương mại năm 2025');
  await editor.field('Tiêu đề (tiếng Anh)').fill('Trade in 2025');
  await editor.field('Tiêu đề: bản dịch').selectOption({ label: 'Bản dịch của chúng tôi' });
  await editor.field('Tóm tắt (tiếng Việt)').fill('Kim ngạch hai chiều đạt hơn 65 triệu USD.');
  await editor.field('Tóm tắt (tiếng Anh)').fill('Two-way trade reached more than USD 65 million.');
  await editor.field('Tóm tắt: bản dịch').selectOption({ label: 'Bản dịch của chúng tôi' });
  await editor.field('Năm').fill('2025');
  await editor.field('Cách nguồn nêu').selectOption({ label: 'Hơn' });
  await editor.field('Số tiền').fill('65 000 000');
  await editor.field('Điều tôi biết, theo lời của tôi').fill('Số liệu của Thương vụ Việt Nam tại Baku.');
  await editor.saveButton().click();

  const trade = countryPage.record('Kim ngạch thương mại năm 2025');
  await expect(trade).toContainText('Của tôi');
  await expect(trade).toContainText(/Giá trị\s*hơn 65 triệu USD/);
  await countryList.switchLanguage('English');
  await expect(countryPage.record('Trade in 2025')).toContainText('more than USD 65 million');
});
