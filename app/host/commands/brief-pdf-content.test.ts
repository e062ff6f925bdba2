import { readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundledDatasetPath } from '../../core/records/load-bundled-dataset';
import { createRecordsService } from '../../core/records/records-service';
import { localIsoDate } from '../../shared/briefs/brief-spec';
import type { Dataset } from '../../shared/records/record-schema';
import type { Language } from '../../shared/settings/settings-schema';
import { pdfFlatText, pdfInfo, pdfPages } from '../testing/pdf-text';
import { runCountryDesk } from '../testing/run-country-desk';
import { firstArticleSource } from '../../core/testing/first-article-source';

const PRINT_TIMEOUT = 120_000;
const dataset = JSON.parse(readFileSync(bundledDatasetPath(), 'utf8')) as Dataset;
const records = createRecordsService(dataset);
const OFFICER = 'Nguyễn Thị Hà';

/** Vietnamese words an English brief must not print outside names and quoted passages. */
const VIETNAMESE_WORDS = /(^|\s)(và|của|các|những|được|trong|với|năm|tháng|ngày|Không rõ|Chưa có|quan hệ|Nguồn)(?=\s|$|[,.;:])/;

/** An English brief's text without the quoted passages (“…”) and the publishers' names, which stay as published. */
const outsideQuotesAndNames = (text: string) =>
  dataset.articles.reduce((rest, article) => rest.replaceAll(article.publisher, ''), text.replace(/“[^”]*”/g, ''));

describe('the country briefs a ministry would sign', () => {
  let data: string;
  let out: string;
  const printed = new Map<string, string>();

  const brief = async (name: string, ...args: string[]) => {
    const file = path.join(out, `${name}.pdf`);
    const result = await runCountryDesk(['brief', ...args, '--out', file, '--data', data]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    printed.set(name, file);
    return file;
  };

  beforeAll(async () => {
    data = await mkdtemp(path.join(os.tmpdir(), 'country-desk-brief-content-'));
    out = await mkdtemp(path.join(os.tmpdir(), 'country-desk-brief-content-out-'));
    await writeFile(path.join(data, 'settings.json'), JSON.stringify({ schemaVersion: 1, officerName: OFFICER }));
  });
  afterAll(() => Promise.all([data, out].map((folder) => rm(folder, { recursive: true, force: true }))));

  const briefs: [string, Language][] = [['AZ', 'vi'], ['KG', 'en'], ['RU', 'en'], ['BY', 'vi'], ['KZ', 'en']];
  it.each(briefs)('a full %s brief (%s) holds every one of its records, with no undated cell, and warns that the data is old', async (code, language) => {
    const file = await brief(`${code}-${language}`, code, '--lang', language);
    const text = await pdfFlatText(file);
    for (const record of await records.listCountryRecords(code)) expect(text, record.id).toContain(record.title[language].replace(/\s+/g, ' '));
    expect(text).not.toMatch(/Không rõ ngày|Undated/);
    const cover = (await pdfPages(file))[0]!.replace(/\s+/g, ' ');
    expect(cover).toContain(language === 'vi' ? 'cũ hơn sáu tháng so với ngày soạn' : 'more than six months before the date prepared');
    expect(cover).toContain(language === 'vi' ? 'Số liệu cập nhật đến 09/05/2025' : 'Data as of 9 May 2025');
    if (language === 'en') expect(outsideQuotesAndNames(text)).not.toMatch(VIETNAMESE_WORDS);
    const info = await pdfInfo(file);
    expect(info).toMatchObject({ Author: OFFICER, Tagged: 'yes' });
    expect(info.Title).toContain(records.findCountry(code)!.name[language]);
  }, PRINT_TIMEOUT);

  it('marks the corrected and inferred facts of the Azerbaijan brief and explains them in its sources', async () => {
    const text = await pdfFlatText(printed.get('AZ-vi') ?? (await brief('AZ-vi', 'AZ', '--lang', 'vi')));
    const visit = (await records.listCountryRecords('AZ')).find((record) => record.id === 'az-visit-2014-05')!;
    const mark = new RegExp(`${visit.title.vi} \\[\\d+\\] ?\\(([a-z]+)\\)`).exec(text)?.[1];
    expect(mark, 'the 2014 visit carries a mark').toBeDefined();
    const notes = text.slice(text.indexOf('Ghi chú về nguồn'));
    expect(notes).toContain(`(${mark}) ${visit.title.vi}`);
    expect(notes).toContain(`Đã sửa: ${firstArticleSource(visit).correction!.text.vi}`);
    expect(notes).toContain('Suy ra:');
    expect(notes).toContain('Độ tin cậy: trung bình.');
    expect(notes).toContain('Dữ kiện chỉ dựa trên tiêu đề một tin liên quan');
  }, PRINT_TIMEOUT);

  it('shows the accreditation of both embassies in the Kyrgyzstan brief, and no Vietnamese placeholder in English sources', async () => {
    const text = await pdfFlatText(printed.get('KG-en') ?? (await brief('KG-en', 'KG', '--lang', 'en')));
    const basics = text.slice(text.indexOf('Basic information'), text.indexOf('Political relations'));
    for (const id of ['kg-milestone-vietnam-embassy-accreditation', 'kg-milestone-kyrgyz-embassy-accreditation']) {
      expect(basics).toContain((await records.listCountryRecords('KG')).find((record) => record.id === id)!.title.en);
    }
    const az = await pdfFlatText(await brief('AZ-en', 'AZ', '--lang', 'en'));
    expect(az).not.toContain('Không rõ (bản dịch máy');
    expect(az).toContain('Publisher unknown, “President Trương Tấn Sang welcomes the President of the Republic of Azerbaijan”');
  }, PRINT_TIMEOUT);

  it('prints a bilingual binder of the four May 2025 countries side by side, no longer than 1.3 times the Vietnamese one', async () => {
    const codes = ['KZ', 'AZ', 'RU', 'BY'];
    const vi = await pdfPages(await brief('binder-vi', ...codes, '--lang', 'vi', '--prepared', localIsoDate()));
    const both = await pdfPages(await brief('binder-both', ...codes, '--lang', 'both', '--prepared', localIsoDate()));
    expect(both.length).toBeLessThanOrEqual(Math.floor(vi.length * 1.3));
    const text = both.join(' ').replace(/\s+/g, ' ');
    expect(text).toContain('Thông tin cơ bản / Basic information');
  }, PRINT_TIMEOUT * 2);
});
