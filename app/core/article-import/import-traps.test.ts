import { describe, expect, it } from 'vitest';
import type { RelationsRecord } from '../../shared/records/record-schema';
import { proposeCandidates } from './propose-candidates';
import { readArticle } from './read-article';
import { isArticleSource } from '../../shared/records/source-kinds';

/** The candidates of a pasted article: a title line, then paragraphs; `date` is the article's date. */
function propose(title: string, paragraphs: string[], date?: string) {
  const text = [title, ...paragraphs].join('\n\n');
  return proposeCandidates(readArticle(new TextEncoder().encode(text), { fileName: 'pasted.txt', date }));
}
const records = (...args: Parameters<typeof propose>) => propose(...args).map((c) => c.record);
const visit = (record: RelationsRecord | undefined) => (record?.kind === 'visit' ? record : undefined);

describe('article import traps', () => {
  it('gives a yearless date the article year and says so in the record, never silently', () => {
    const [candidate] = propose('Thủ tướng Kazakhstan thăm Việt Nam', ['Thủ tướng Cộng hòa Kazakhstan Olzhas Bektenov thăm chính thức Việt Nam từ ngày 20–22/8.'], '2024-08-23');
    expect(candidate?.record).toMatchObject({ kind: 'visit', date: '2024-08-20', dateEnd: '2024-08-22' });
    expect(candidate?.flags).toContain('year-from-article-date');
    expect(candidate?.record.sources.filter(isArticleSource)[0]?.inference?.vi).toContain('năm 2024 lấy theo ngày đăng bài (2024-08-23)');
    expect(candidate?.record.sources[0]?.confidence).toBe('medium');
  });

  it('proposes nothing for a yearless date when the article has no date', () => {
    expect(records('Thủ tướng Kazakhstan thăm Việt Nam', ['Thủ tướng Cộng hòa Kazakhstan Olzhas Bektenov thăm chính thức Việt Nam từ ngày 20–22/8.'])).toEqual([]);
  });

  it('does not take a comparison year for the figure\'s year', () => {
    const trade = records('Thương mại Việt Nam - Kazakhstan', ['Năm 2024, kim ngạch thương mại song phương đạt 2,98 tỷ USD, tăng 20% so với cùng kỳ năm 2023.'], '2025-01-10');
    expect(trade).toHaveLength(1);
    expect(trade[0]).toMatchObject({ kind: 'trade', year: 2024, amount: { value: 2_980_000_000, currency: 'USD' } });
  });

  it('does not propose a target as a figure', () => {
    expect(records('Thương mại Việt Nam - Belarus', ['Hai bên đặt mục tiêu đưa kim ngạch thương mại song phương lên 1,5 tỷ USD vào năm 2030.'], '2025-01-10')).toEqual([]);
    expect(records('Viet Nam - Belarus trade', ['The two sides aim to raise two-way trade to USD 500 million by 2030.'], '2025-01-10')).toEqual([]);
  });

  it('does not read "lần đầu tiên kể từ khi nhậm chức năm 2019" as a 2019 visit', () => {
    const found = records('Tổng thống Kazakhstan thăm Việt Nam', ['Đây là chuyến thăm Việt Nam lần đầu tiên kể từ khi nhậm chức năm 2019 của Tổng thống Kazakhstan Kassym-Jomart Tokayev.'], '2024-06-05');
    expect(found.filter((r) => r.kind === 'visit' && r.date?.startsWith('2019'))).toEqual([]);
  });

  it('does not date an event by its anniversary span', () => {
    const found = records('Quan hệ Việt Nam - Nga', ['Chuyến thăm diễn ra đúng vào dịp kỷ niệm 30 năm Ngày 2 nước ký Hiệp ước mối quan hệ hữu nghị (16/6/1994-16/6/2024).'], '2024-06-20');
    expect(found.filter((r) => r.date === '1994-06-16' || r.date === '2024-06-16')).toEqual([]);
  });

  it('does not place a sentence about the IPU or ASEAN on the partner', () => {
    expect(records('Việt Nam - Kazakhstan', ['Kazakhstan là đối tác quan trọng.', 'Tại Đại hội đồng IPU lần thứ 148 ngày 23/3/2024, Việt Nam ký Bản ghi nhớ về hợp tác nghị viện.', 'Việt Nam đảm nhận vai trò Chủ tịch ASEAN năm 2020 và ký Hiệp định khung ngày 5/5/2020.'], '2024-06-05').filter((r) => r.country === 'KZ')).toEqual([]);
  });

  it('does not take a country name inside a person\'s or a place\'s name', () => {
    const found = records('Việt Nam - Kazakhstan', [
      'Quan hệ Việt Nam - Kazakhstan phát triển tốt đẹp.',
      'Bà Nguyễn Thị Nga thăm chính thức tỉnh Lào Cai ngày 3/4/2024.',
      'Nguyên Chủ tịch nước Trần Đức Lương thăm Lào Cai năm 2001.',
    ], '2024-06-05');
    expect(found.filter((r) => ['RU', 'LA', 'DE'].includes(r.country))).toEqual([]);
  });

  it('recognises transliterated names of countries and leaders', () => {
    const [record] = records('Quan hệ Việt Nam - Bê-la-rút', ['Tổng thống Bê-la-rút A.G. Lu-ca-sen-cô thăm chính thức Việt Nam ngày 5/9/2019.', 'Tổng thống Ca-dắc-xtan thăm Việt Nam năm 2023.'], '2019-09-10');
    expect(record).toMatchObject({ kind: 'visit', country: 'BY', date: '2019-09-05', direction: 'to-vietnam', level: 'official' });
    expect(visit(record)?.principal).toMatchObject({ name: { vi: 'A.G. Lu-ca-sen-cô' }, country: 'BY' });
  });

  it('splits an article about two partners between them, and flags what it cannot place', () => {
    const found = propose('Việt Nam với Kazakhstan và Uzbekistan', [
      'Kim ngạch thương mại Việt Nam - Kazakhstan năm 2023 đạt 1,2 tỷ USD.',
      'Kim ngạch thương mại Việt Nam - Uzbekistan năm 2023 đạt 120 triệu USD.',
      'Việt Nam và Uzbekistan thiết lập quan hệ ngoại giao ngày 17/1/1993.',
      'Việt Nam và Kazakhstan thiết lập quan hệ ngoại giao ngày 1/6/1992.',
      'Năm 2022, kim ngạch thương mại hai chiều đạt 900 triệu USD.',
    ], '2024-08-23');
    expect(found.map((c) => [c.record.country, c.record.kind, c.record.date])).toEqual([
      ['KZ', 'trade', '2023'],
      ['UZ', 'trade', '2023'],
      ['UZ', 'relations', '1993-01-17'],
      ['KZ', 'relations', '1992-06-01'],
      ['KZ', 'trade', '2022'],
    ]);
    expect(found[4]?.flags).toEqual(expect.arrayContaining(['country-uncertain']));
  });

  it('proposes nothing from a teaser about another partner', () => {
    const text = ['Quan hệ Việt Nam - Belarus', 'Năm 2023, kim ngạch thương mại Việt Nam - Belarus đạt hơn 65 triệu USD.', 'Tin liên quan', 'Tổng thống Kazakhstan thăm cấp Nhà nước Việt Nam ngày 5/6/2024', 'Tổng thống Kazakhstan thăm cấp Nhà nước Việt Nam ngày 5/6/2024', 'Tổng thống Kassym-Jomart Tokayev thăm cấp Nhà nước Việt Nam từ ngày 5-6/6/2024.'].join('\n');
    const found = proposeCandidates(readArticle(new TextEncoder().encode(text), { fileName: 'pasted.txt', date: '2024-06-10' }));
    expect(found.map((c) => c.record.country)).toEqual(['BY']);
  });

  it('takes the visitor as the principal, not the host named in "theo lời mời của …"', () => {
    const [record] = records('Tổng thống Nga thăm Việt Nam', ['Theo lời mời của Tổng Bí thư Nguyễn Phú Trọng, Tổng thống Liên bang Nga Vladimir Putin thăm cấp Nhà nước Việt Nam từ ngày 19-20/6/2024.'], '2024-06-20');
    expect(visit(record)?.principal).toMatchObject({ name: { vi: 'Vladimir Putin' }, country: 'RU' });
    expect(visit(record)?.counterparts.map((p) => p.name.vi)).toEqual(['Nguyễn Phú Trọng']);
    expect(record).toMatchObject({ country: 'RU', direction: 'to-vietnam', level: 'state', date: '2024-06-19', dateEnd: '2024-06-20' });
  });

  it('proposes one visit per clause of a list sentence, each with its bracketed date', () => {
    const found = records('Quan hệ Việt Nam - Kyrgyzstan', ['Có thể kể đến là: Thứ trưởng Ngoại giao Nguyễn Quốc Cường thăm Kyrgyzstan (tháng 3/2009); Bộ trưởng Ngoại giao Kyrgyzstan Abdyldaev Erlan thăm Việt Nam (tháng 2/2014).'], '2025-03-05');
    expect(found.map((r) => [r.kind, r.date, visit(r)?.direction])).toEqual([
      ['visit', '2009-03', 'from-vietnam'],
      ['visit', '2014-02', 'to-vietnam'],
    ]);
  });

  it('reads a trade figure\'s qualifier, range and part of the year', () => {
    const [candidate] = propose('Thương mại Việt Nam - Nga', ['Trong 9 tháng đầu năm 2024, kim ngạch thương mại Việt Nam - Nga đạt gần 3,2 tỷ USD.'], '2024-10-20');
    expect(candidate?.flags).toContain('qualifier-nearly');
    expect(candidate?.record).toMatchObject({ kind: 'trade', year: 2024, period: { vi: '9 tháng đầu năm' } });
  });
});
