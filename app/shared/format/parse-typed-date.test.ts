import { describe, expect, it } from 'vitest';
import { formatPartialDate } from './format-partial-date';
import { datePrecision, parseTypedDate } from './parse-typed-date';

describe('parseTypedDate', () => {
  it('reads numbers day first, whatever the separator', () => {
    expect(parseTypedDate('12/01/2026')).toBe('2026-01-12');
    expect(parseTypedDate(' 1.2.2026 ')).toBe('2026-02-01');
    expect(parseTypedDate('23-9-1992')).toBe('1992-09-23');
    expect(parseTypedDate('09/2009')).toBe('2009-09');
    expect(parseTypedDate('2001')).toBe('2001');
    expect(parseTypedDate('1992-09-23')).toBe('1992-09-23');
  });

  it('reads Vietnamese and English month words', () => {
    expect(parseTypedDate('tháng 9 năm 2009')).toBe('2009-09');
    expect(parseTypedDate('Ngày 23 tháng 9 năm 1992')).toBe('1992-09-23');
    expect(parseTypedDate('23 Sept 1992')).toBe('1992-09-23');
    expect(parseTypedDate('September 23, 1992')).toBe('1992-09-23');
    expect(parseTypedDate('sep 2009')).toBe('2009-09');
  });

  it('refuses what names no real date', () => {
    for (const text of ['', '31/02/2026', '12/13/2026', '0/1/2026', '12/01/26', '23 Foo 1992', 'hôm nay', '2026-1-32']) {
      expect(parseTypedDate(text), text).toBeUndefined();
    }
  });

  it('reads back every date the app writes, in both languages', () => {
    for (const value of ['1992-09-23', '2026-01-02', '2009-09', '2001', '2024-12-31']) {
      expect(parseTypedDate(formatPartialDate(value, 'vi'))).toBe(value);
      expect(parseTypedDate(formatPartialDate(value, 'en'))).toBe(value);
    }
  });

  it('tells the precision of a stored date', () => {
    expect(datePrecision('2001')).toBe('year');
    expect(datePrecision('2009-09')).toBe('month');
    expect(datePrecision('1992-09-23')).toBe('day');
  });
});
