import { describe, expect, it } from 'vitest';
import { createNodeTranslator } from '../../core/i18n/node-translator';
import { formatCompactNumber, formatDateSpan, formatInteger, formatMoney, formatPartialDate } from './format-partial-date';

const translate = createNodeTranslator();

describe('formatPartialDate', () => {
  it.each([
    ['1992-09-23', 'vi', '23/09/1992'],
    ['1992-09-23', 'en', '23 Sep 1992'],
    ['2009-09', 'vi', 'tháng 9 năm 2009'],
    ['2009-09', 'en', 'Sep 2009'],
    ['2001', 'vi', '2001'],
    ['2001', 'en', '2001'],
  ] as const)('%s in %s is %s', (value, language, expected) => {
    expect(formatPartialDate(value, language)).toBe(expected);
  });

  it('joins a span and collapses a one-day span', () => {
    expect(formatDateSpan('2024-06-19', '2024-06-20', 'en')).toBe('19 Jun 2024 – 20 Jun 2024');
    expect(formatDateSpan('2024-06-19', '2024-06-19', 'vi')).toBe('19/06/2024');
  });
});

describe('numbers', () => {
  it('writes compact amounts in each language', () => {
    expect(formatCompactNumber(13_500_000, 'vi')).toBe('13,5 triệu');
    expect(formatCompactNumber(13_500_000, 'en')).toBe('13.5 million');
  });

  it.each([
    [13_500_000, 'vi', '13,5 triệu USD'],
    [13_500_000, 'en', 'USD 13.5 million'],
    [325_000_000, 'vi', '325 triệu USD'],
    [1_200_000_000, 'en', 'USD 1.2 billion'],
    [1_360_000, 'en', 'USD 1.4 million'],
  ] as const)('writes %d USD in %s as %s', (value, language, expected) => {
    expect(formatMoney({ value, currency: 'USD' }, language, translate(language))).toBe(expected);
  });

  it.each([
    ['more-than', 'vi', 'hơn 65 triệu USD'],
    ['more-than', 'en', 'more than USD 65 million'],
    ['nearly', 'vi', 'gần 65 triệu USD'],
    ['nearly', 'en', 'nearly USD 65 million'],
    ['about', 'vi', 'khoảng 65 triệu USD'],
    ['about', 'en', 'about USD 65 million'],
    ['up-to', 'vi', 'lên tới 65 triệu USD'],
    ['up-to', 'en', 'up to USD 65 million'],
  ] as const)('keeps the qualifier %s in %s: %s', (qualifier, language, expected) => {
    expect(formatMoney({ value: 65_000_000, currency: 'USD', qualifier }, language, translate(language))).toBe(expected);
  });

  it('groups whole numbers', () => {
    expect(formatInteger(12000, 'vi')).toBe('12.000');
    expect(formatInteger(12000, 'en')).toBe('12,000');
  });
});
