import { describe, expect, it } from 'vitest';
import { findMoney, parseAmount } from './find-money';

const money = (text: string, language: 'vi' | 'en' = 'vi') => findMoney(text, language).map(({ start, end, ...rest }) => ({ text: text.slice(start, end), ...rest }));

describe('findMoney', () => {
  it.each([
    ['đạt 2,98 tỷ USD', { text: '2,98 tỷ USD', value: 2_980_000_000, currency: 'USD' }],
    ['gần 13,5 triệu', { text: '13,5 triệu', value: 13_500_000, qualifier: 'nearly' }],
    ['hơn 500.000 USD', { text: '500.000 USD', value: 500_000, currency: 'USD', qualifier: 'more-than' }],
    ['khoảng 5-6 triệu USD', { text: '5-6 triệu USD', value: 5_000_000, high: 6_000_000, currency: 'USD', qualifier: 'about' }],
    ['đạt 325 triệu đô la Mỹ', { text: '325 triệu đô la Mỹ', value: 325_000_000, currency: 'USD' }],
    ['trên 1.234,5 triệu euro', { text: '1.234,5 triệu euro', value: 1_234_500_000, currency: 'EUR', qualifier: 'more-than' }],
  ])('reads %j', (text, expected) => {
    expect(money(text)).toEqual([expected]);
  });

  it('reads English amounts', () => {
    expect(money('trade reached nearly USD 2.98 billion', 'en')).toEqual([{ text: 'USD 2.98 billion', value: 2_980_000_000, currency: 'USD', qualifier: 'nearly' }]);
    expect(money('about $500,000', 'en')).toEqual([{ text: '$500,000', value: 500_000, currency: 'USD', qualifier: 'about' }]);
  });

  it('is not fooled by numbers that are not money', () => {
    expect(money('hơn 70 doanh nghiệp, năm 2023, 72/148')).toEqual([]);
  });

  it('tells a decimal comma from a thousands point', () => {
    expect(parseAmount('2,98', 'vi')).toBe(2.98);
    expect(parseAmount('500.000', 'vi')).toBe(500000);
    expect(parseAmount('1.5', 'vi')).toBe(1.5);
    expect(parseAmount('500,000', 'en')).toBe(500000);
    expect(parseAmount('2.98', 'en')).toBe(2.98);
  });
});
