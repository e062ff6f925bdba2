import { describe, expect, it } from 'vitest';
import type { ArticleDateContext } from './date-mention';
import { findVietnameseDates } from './find-vietnamese-dates';

const article = { date: '2025-03-05' };
const dates = (text: string, context: ArticleDateContext = article) =>
  findVietnameseDates(text, context).map(({ date, dateEnd, role, year, start, end }) => ({ text: text.slice(start, end), date, dateEnd, role, year }));

describe('findVietnameseDates', () => {
  it.each([
    ['thăm chính thức Việt Nam vào ngày 6 và 7/3/2025.', '6 và 7/3/2025', '2025-03-06', '2025-03-07'],
    ['từ ngày 2-5/4/2025, Belarus tham gia hội chợ', '2-5/4/2025', '2025-04-02', '2025-04-05'],
    ['từ ngày 18 đến 20/5/2014', '18 đến 20/5/2014', '2014-05-18', '2014-05-20'],
    ['ngày 30/8-2/9/2024', '30/8-2/9/2024', '2024-08-30', '2024-09-02'],
    ['thiết lập quan hệ ngoại giao ngày 30-1-1950', '30-1-1950', '1950-01-30', undefined],
    ['ngày 30/01/1950', '30/01/1950', '1950-01-30', undefined],
    ['vào ngày 23 tháng 9 năm 1992', 'ngày 23 tháng 9 năm 1992', '1992-09-23', undefined],
    ['thăm Kyrgyzstan (tháng 3/2009)', 'tháng 3/2009', '2009-03', undefined],
    ['tháng 9 năm 2023', 'tháng 9 năm 2023', '2023-09', undefined],
    ['Năm 2013, khối lượng thương mại', '2013', '2013', undefined],
  ])('reads %j', (text, found, date, dateEnd) => {
    expect(dates(text)).toEqual([{ text: found, date, dateEnd, role: 'event', year: 'text' }]);
  });

  it('reads "20–22/8" and takes the year from the article, saying so', () => {
    expect(dates('Hội nghị diễn ra 20–22/8 tại Hà Nội.', { date: '2025-09-01' })).toEqual([
      { text: '20–22/8', date: '2025-08-20', dateEnd: '2025-08-22', role: 'event', year: 'article-date' },
    ]);
  });

  it('gives a yearless day the article year, or the year before when its month is after the article month', () => {
    expect(dates('Chiều ngày 19/7, hội thảo diễn ra.', { date: '2022-07-20' })[0]).toMatchObject({ date: '2022-07-19', year: 'article-date' });
    expect(dates('ngày 20/12, hai bên ký', { date: '2025-03-05' })[0]).toMatchObject({ date: '2024-12-20', year: 'article-date' });
  });

  it('leaves a yearless day without a date when the article has none: no silent guess', () => {
    expect(dates('Chiều ngày 19/7, hội thảo diễn ra.', {})).toEqual([{ text: '19/7', date: undefined, dateEnd: undefined, role: 'event', year: 'article-date' }]);
  });

  it('reads "năm ngoái" and "cùng kỳ" against the article year, the latter as a comparison', () => {
    expect(dates('Năm ngoái, kim ngạch tăng 5% so với cùng kỳ.')).toEqual([
      { text: 'Năm ngoái', date: '2024', dateEnd: undefined, role: 'event', year: 'relative' },
      { text: 'cùng kỳ', date: '2024', dateEnd: undefined, role: 'comparison', year: 'relative' },
    ]);
  });

  it('marks a comparison base, a target, a start of office, a term and an anniversary span', () => {
    expect(dates('đạt 2,98 tỷ USD, tăng 10% so với cùng kỳ năm 2023')[0]?.role).toBe('comparison');
    expect(dates('phấn đấu đưa kim ngạch lên 1,5 tỷ USD vào năm 2030')[0]?.role).toBe('target');
    expect(dates('lần đầu tiên kể từ khi nhậm chức năm 2019')[0]?.role).toBe('since');
    expect(dates('Ủy viên không thường trực nhiệm kỳ 2008-2009')[0]).toMatchObject({ role: 'term', date: '2008', dateEnd: '2009' });
    expect(dates('kỷ niệm 30 năm (16/6/1994-16/6/2024)')[0]).toMatchObject({ role: 'anniversary', date: '1994-06-16', dateEnd: '2024-06-16' });
  });

  it('reads several years in one phrase and ignores what is not a date', () => {
    expect(dates('vào các năm 1957 và 1961').map((d) => d.date)).toEqual(['1957', '1961']);
    expect(dates('đứng thứ 72/148 quốc gia, 500.000 USD, 2,98 tỷ')).toEqual([]);
  });
});
