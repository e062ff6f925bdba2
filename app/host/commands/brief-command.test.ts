import { execFile, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { keyFigures } from '../../shared/browse/key-figures';
import { formatPartialDate } from '../../shared/format/format-partial-date';
import { bundledDatasetPath } from '../../core/records/load-bundled-dataset';
import type { Dataset } from '../../shared/records/record-schema';
import { createRecordsService } from '../../core/records/records-service';
import type { Language } from '../../shared/settings/settings-schema';
import { pdfFlatText, pdfInfo, pdfPages } from '../testing/pdf-text';
import { countryDeskBin, expectOneLineError, runCountryDesk } from '../testing/run-country-desk';

const countryDesk = (...args: string[]) => runCountryDesk(args);
const run = promisify(execFile);
const PRINT_TIMEOUT = 120_000;


/** The fonts of a PDF as `pdffonts` lists them: name and whether it is embedded. */
async function pdfFonts(file: string): Promise<{ name: string; embedded: boolean }[]> {
  const { stdout } = await run('pdffonts', [file]);
  return stdout
    .split('\n')
    .slice(2)
    .filter(Boolean)
    .map((line) => ({ name: line.split(/\s+/)[0] ?? '', embedded: / yes (yes|no) (yes|no)\s+\d+\s+\d+$/.test(line) }));
}

/** Runs `country-desk serve` on a data folder (the app holding its write lock) until the returned stop is called. */
async function serveApp(data: string): Promise<() => Promise<void>> {
  const child = spawn(process.execPath, [countryDeskBin, 'serve', '--data', data, '--port', '0'], { stdio: ['ignore', 'pipe', 'inherit'] });
  await new Promise<void>((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => /Country Desk is running/.test(chunk.toString()) && resolve());
    child.once('exit', (code) => reject(new Error(`serve exited with ${code}`)));
  });
  return async () => {
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    await exited;
  };
}

const lines = (page: string) => page.split('\n').map((line) => line.trim()).filter(Boolean);

const dataset = JSON.parse(readFileSync(bundledDatasetPath(), 'utf8')) as Dataset;
const records = createRecordsService(dataset);
const countryName = (code: string, language: Language) => records.findCountry(code)!.name[language];

/** The facts a brief must print for a country, as the key figures table writes them. */
async function keyFacts(code: string, language: Language): Promise<string[]> {
  const figures = keyFigures(await records.listCountryRecords(code));
  const label = { vi: 'Thiết lập quan hệ ngoại giao', en: 'Diplomatic relations established' }[language];
  return [
    ...(figures.relations ? [label, formatPartialDate(figures.relations.date, language)] : []),
    ...(figures.lastHighLevelVisit ? [figures.lastHighLevelVisit.title[language]] : []),
  ];
}

/**
 * Every page carries the label at its top and bottom, and 'Trang N/M' (or 'Page N of M') right for that
 * page, but a binder's cover, which has no page number.
 */
function expectPageFurniture(pages: string[], label: string | undefined, pageNumber: (n: number, m: number) => string, cover = false) {
  if (cover) expect(lines(pages[0]!).join(' '), 'no page number on the cover').not.toContain(pageNumber(1, pages.length));
  pages.forEach((page, index) => {
    const text = lines(page);
    if (label) {
      expect(text[0], `label at the top of page ${index + 1}`).toBe(label);
      expect(text.at(-1), `label at the bottom of page ${index + 1}`).toContain(label);
    }
    if (!cover || index > 0) expect(text.at(-1), `page number on page ${index + 1}`).toContain(pageNumber(index + 1, pages.length));
  });
}

describe('country-desk brief', () => {
  let data: string;
  let out: string;

  beforeAll(async () => {
    data = await mkdtemp(path.join(os.tmpdir(), 'country-desk-brief-data-'));
    out = await mkdtemp(path.join(os.tmpdir(), 'country-desk-brief-out-'));
    const pinned = await countryDesk('notes', 'add', '--country', 'AZ', '--text', 'Nhắc lại đề nghị **mở đường bay thẳng** Hà Nội – Baku.', '--pin', '--data', data);
    const unpinned = await countryDesk('notes', 'add', '--country', 'AZ', '--text', 'Ghi chú riêng: không đưa vào tài liệu.', '--data', data);
    expect([pinned.code, unpinned.code, pinned.stderr + unpinned.stderr]).toEqual([0, 0, '']);
  }, PRINT_TIMEOUT);

  it('prints a Vietnamese brief with its key facts, the label and Trang N/M on every page, and only the pinned note', async () => {
    const file = path.join(out, 'az.pdf');
    const result = await countryDesk('brief', 'AZ', '--lang', 'vi', '--label', 'LƯU HÀNH NỘI BỘ', '--notes', 'pinned', '--out', file, '--data', data);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const pages = await pdfPages(file);
    expect(result.stdout).toContain(`Wrote ${file} (${pages.length} pages)`);
    expect(pages.length).toBeGreaterThan(1);
    expectPageFurniture(pages, 'LƯU HÀNH NỘI BỘ', (n, m) => `Trang ${n}/${m}`);

    const text = await pdfFlatText(file);
    expect(text).toContain(`Tài liệu cơ bản về quan hệ Việt Nam – ${countryName('AZ', 'vi')}`);
    expect(text).toContain('Thiết lập quan hệ ngoại giao 23/09/1992');
    for (const fact of await keyFacts('AZ', 'vi')) expect(text).toContain(fact);
    expect(text).toContain('Nhắc lại đề nghị mở đường bay thẳng Hà Nội – Baku.');
    expect(text).not.toContain('không đưa vào tài liệu');
    expect(text).toMatch(/Nguồn 1\. /);

    const fonts = await pdfFonts(file);
    expect(fonts.length).toBeGreaterThan(0);
    for (const font of fonts) expect(font, 'every font is an embedded Noto Sans').toMatchObject({ name: expect.stringMatching(/\+NotoSans-/), embedded: true });
  }, PRINT_TIMEOUT);

  it('prints an English brief with Page N of M and no label by default, while the app runs on the same data folder', async () => {
    const file = path.join(out, 'kg.pdf');
    const stopApp = await serveApp(data);
    const result = await countryDesk('brief', 'kg', '--lang', 'en', '--out', file, '--data', data).finally(stopApp);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const pages = await pdfPages(file);
    expectPageFurniture(pages, undefined, (n, m) => `Page ${n} of ${m}`);
    expect(lines(pages[0]!)[0]).toBe(`Vietnam – ${countryName('KG', 'en')} relations: background brief`);
    const text = await pdfFlatText(file);
    for (const fact of await keyFacts('KG', 'en')) expect(text).toContain(fact);
  }, PRINT_TIMEOUT);

  it('prints a four-country binder whose contents point to the page where each country starts', async () => {
    const file = path.join(out, 'binder.pdf');
    const codes = ['KZ', 'AZ', 'RU', 'BY'];
    const occasion = 'Chuyến thăm cấp Nhà nước của Tổng Bí thư Tô Lâm tới Kazakhstan, Azerbaijan, Liên bang Nga và Belarus';
    const result = await countryDesk('brief', ...codes, '--lang', 'vi', '--label', 'MẬT', '--occasion', occasion, '--dates', '2025-05-06..2025-05-12', '--out', file, '--data', data);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const pages = await pdfPages(file);
    expectPageFurniture(pages, 'MẬT', (n, m) => `Trang ${n}/${m}`, true);
    const info = await pdfInfo(file);
    expect(info).toMatchObject({ Title: 'Tài liệu phục vụ chuyến công tác', Subject: occasion, Tagged: 'yes', Pages: String(pages.length) });

    const cover = lines(pages[0]!).join(' ');
    expect(cover).toContain('Tài liệu phục vụ chuyến công tác');
    expect(cover).toContain('06/05/2025 – 12/05/2025');
    const contents = lines(pages[1]!);
    expect(contents).toContain('Mục lục');

    const starts = codes.map((code) => {
      const name = countryName(code, 'vi');
      const row = contents.find((line) => new RegExp(`^\\d+\\s+${name}\\s+\\d+$`).test(line));
      expect(row, `${name} in the contents`).toBeDefined();
      return { code, name, page: Number(/(\d+)$/.exec(row!)![1]) };
    });
    expect(starts.map((s) => s.page)).toEqual([...starts.map((s) => s.page)].sort((a, b) => a - b));
    for (const { code, name, page } of starts) {
      expect(lines(pages[page - 1]!)[1], `${name} heads page ${page}`).toBe(name);
      const countryText = pages.slice(page - 1, starts.find((s) => s.page > page)?.page ?? pages.length).join(' ').replace(/\s+/g, ' ');
      for (const fact of (await keyFacts(code, 'vi')).filter((f) => f.length < 40)) expect(countryText).toContain(fact);
    }
    const sourcesRow = contents.find((line) => /^\d+\s+Nguồn\s+\d+$/.test(line));
    expect(lines(pages[Number(/(\d+)$/.exec(sourcesRow!)![1]) - 1]!)[1]).toBe('Nguồn');
  }, PRINT_TIMEOUT);

  it.each([
    [['brief', 'AZ', '--sections', 'basic,gossip'], /--sections: .*choose from basic/],
    [['brief', 'AZ', '--lang', 'fr'], /--lang: /],
    [['brief', 'AZ', '--years', 'ten'], /--years must be a whole number/],
    [['brief', 'XX'], /Unknown country code: XX/],
    [['brief', 'AZ', '--chromium', '/nonexistent/chromium'], /No Chromium browser was found/],
  ])('%j prints one line on stderr and exits non-zero', async (args, message) => {
    const result = await countryDesk(...args, '--out', path.join(out, 'never.pdf'), '--data', data);
    expectOneLineError(result, message);
  }, PRINT_TIMEOUT);
});
