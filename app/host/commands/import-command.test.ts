import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { relationsRecordSchema } from '../../shared/records/record-schema';
import { expectOneLineError, runCountryDesk } from '../testing/run-country-desk';

const tempDir = () => mkdtemp(path.join(os.tmpdir(), 'country-desk-import-'));

const page = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>Việt Nam - Kyrgyzstan | VietnamPlus</title>
<meta property="og:site_name" content="VietnamPlus"><meta property="article:published_time" content="2025-03-05T21:02:00+07:00">
<link rel="canonical" href="https://www.vietnamplus.vn/viet-nam-kyrgyzstan.vnp"></head><body>
<nav><a>Chính trị</a><a>Thế giới</a></nav><article><h1>Tăng cường quan hệ Việt Nam - Kyrgyzstan</h1>
<p>Nhận lời mời của Thủ tướng Chính phủ Phạm Minh Chính, Thủ tướng Cộng hòa Kyrgyzstan Adylbek Kasimalyev thăm chính thức Việt Nam vào ngày 6 và 7/3/2025.</p>
<p>Sau đó, hai nước đã ký Nghị định thư về thiết lập quan hệ ngoại giao vào ngày 4/6/1992.</p>
<p>Tuy nhiên, kim ngạch song phương đã tăng mạnh những năm gần đây, đạt 4,5 triệu USD năm 2022; 7,5 triệu USD năm 2023; 13,5 triệu USD trong năm 2024.</p>
<p>Hai bên nhất trí thúc đẩy hợp tác giáo dục, du lịch và văn hóa, tăng cường giao lưu nhân dân giữa hai nước trong thời gian tới.</p>
</article><aside><h3>Tin liên quan</h3><a>Tổng thống Kazakhstan thăm Việt Nam ngày 5/6/2024</a></aside><footer>Số lượt truy cập: 613526</footer></body></html>`;

interface Output {
  article: { id: string; date: string; publisher: string };
  candidates: { record: unknown; passage: string; span: [number, number]; flags: string[]; duplicateOf: string | null }[];
}

describe('country-desk import', () => {
  it('--dry-run --json prints the article and candidates, each a valid record with its passage, and writes nothing', async () => {
    const dir = await tempDir();
    const data = path.join(dir, 'data');
    const file = path.join(dir, 'kg.html');
    await writeFile(file, page);
    const result = await runCountryDesk(['import', file, '--dry-run', '--json', '--data', data]);
    expect(result.code).toBe(0);
    const output = JSON.parse(result.stdout) as Output;
    expect(output.article).toMatchObject({ date: '2025-03-05', publisher: 'VietnamPlus' });
    expect(output.candidates.map((c) => (c.record as { kind: string }).kind)).toEqual(['visit', 'relations', 'trade', 'trade', 'trade']);
    for (const candidate of output.candidates) {
      expect(relationsRecordSchema.safeParse(candidate.record).success).toBe(true);
      expect(candidate.passage.length).toBe(candidate.span[1] - candidate.span[0]);
    }
    // The bundled dataset already holds the relations and the 2022-2024 trade figures.
    expect(output.candidates.find((c) => (c.record as { kind: string }).kind === 'relations')?.duplicateOf).toBe('kg-relations-1992');
    expect(output.candidates.filter((c) => c.duplicateOf !== null).length).toBeGreaterThanOrEqual(4);
    expect(await readdir(dir)).toEqual(['kg.html']);
  });

  it('stores a review session (page, cleaned text, candidates) under imports/, and a second import creates nothing new', async () => {
    const data = await tempDir();
    const file = path.join(await tempDir(), 'kg.html');
    await writeFile(file, page);
    const first = await runCountryDesk(['import', file, '--data', data]);
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/Saved a review session .* 5 candidates/);
    const [id] = await readdir(path.join(data, 'imports'));
    const sessionDir = path.join(data, 'imports', id!);
    expect((await readdir(sessionDir)).sort()).toEqual(['cleaned.txt', 'page.html', 'session.json']);
    expect(await readFile(path.join(sessionDir, 'page.html'), 'utf8')).toBe(page);
    const cleaned = await readFile(path.join(sessionDir, 'cleaned.txt'), 'utf8');
    const session = JSON.parse(await readFile(path.join(sessionDir, 'session.json'), 'utf8')) as Output;
    for (const candidate of session.candidates) expect(cleaned.slice(...candidate.span)).toBe(candidate.passage);

    const second = await runCountryDesk(['import', file, '--data', data]);
    expect(second.code).toBe(0);
    expect(second.stdout).toMatch(/was imported before/);
    expect(await readdir(path.join(data, 'imports'))).toEqual([id]);
  });

  it('takes --date for a page without one, and its yearless dates are flagged', async () => {
    const dir = await tempDir();
    const file = path.join(dir, 'pasted.txt');
    await writeFile(file, 'Quan hệ Việt Nam - Kazakhstan\n\nThủ tướng Cộng hòa Kazakhstan Olzhas Bektenov thăm chính thức Việt Nam từ ngày 20–22/8.\n');
    const without = JSON.parse((await runCountryDesk(['import', file, '--dry-run', '--json', '--data', dir])).stdout) as Output;
    expect(without.candidates).toEqual([]);
    const withDate = JSON.parse((await runCountryDesk(['import', file, '--dry-run', '--json', '--date', '2024-08-23', '--data', dir])).stdout) as Output;
    expect(withDate.article.date).toBe('2024-08-23');
    expect(withDate.candidates[0]).toMatchObject({ record: { date: '2024-08-20' }, flags: expect.arrayContaining(['year-from-article-date']) });
  });

  it.each([
    [['--date', '2024-02-30'], /--date must be a real date written YYYY-MM-DD, not '2024-02-30'/],
    [['--date', '2024'], /--date must be a real date/],
  ])('%j is refused with one line', async (flags, message) => {
    const dir = await tempDir();
    const file = path.join(dir, 'a.txt');
    await writeFile(file, 'Tiêu đề\n\nNội dung.');
    const result = await runCountryDesk(['import', file, '--dry-run', ...flags, '--data', dir]);
    expectOneLineError(result, message);
  });

  it('refuses a file that is not a page or text, a missing file and an empty one, each with one line', async () => {
    const dir = await tempDir();
    await writeFile(path.join(dir, 'brief.pdf'), '%PDF-1.7');
    await writeFile(path.join(dir, 'empty.txt'), '\n');
    expectOneLineError(await runCountryDesk(['import', path.join(dir, 'brief.pdf'), '--data', dir]), /cannot be imported as an article: open a saved page/);
    expectOneLineError(await runCountryDesk(['import', path.join(dir, 'empty.txt'), '--data', dir]), /holds no article text/);
    expectOneLineError(await runCountryDesk(['import', path.join(dir, 'missing.html'), '--data', dir]), /cannot be imported/);
    expect((await readdir(dir)).sort()).toEqual(['brief.pdf', 'empty.txt']);
  });
});
