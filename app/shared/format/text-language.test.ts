import { describe, expect, it } from 'vitest';
import { textLanguage } from './text-language';

describe('textLanguage', () => {
  it('tells Vietnamese from English by the letters only Vietnamese writes', () => {
    expect(textLanguage('Thiết lập quan hệ ngoại giao')).toBe('vi');
    expect(textLanguage('Đa phương')).toBe('vi');
    expect(textLanguage('Thie\u0302\u0301t la\u0323p')).toBe('vi');
    expect(textLanguage('Diplomatic relations since 1992')).toBe('en');
    expect(textLanguage('Café in Baku')).toBe('en');
  });
});
