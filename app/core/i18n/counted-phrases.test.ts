import { describe, expect, it } from 'vitest';
import { createNodeTranslator } from './node-translator';

const t = createNodeTranslator();

describe('"n of total" phrases', () => {
  it('take the plural of the total, in both languages', () => {
    expect(t('en')('browse:list.shown', { count: 5, shown: 1 })).toBe('1 of 5 countries shown');
    expect(t('en')('browse:list.shown', { count: 1, shown: 1 })).toBe('1 of 1 country shown');
    expect(t('en')('browse:timeline.shown', { count: 12, shown: 1 })).toBe('1 of 12 records shown');
    expect(t('en')('browse:partners.shown', { count: 188, shown: 1 })).toBe('1 of 188 states shown');
    expect(t('vi')('browse:list.shown', { count: 5, shown: 1 })).toBe('Hiển thị 1 trên 5 nước');
  });

  it('say when a filter matches nothing', () => {
    expect(t('en')('browse:list.none', { filter: 'zz' })).toBe('No country matches “zz”.');
    expect(t('vi')('browse:timeline.none')).toBe('Không có hồ sơ nào thuộc các loại đã chọn.');
  });
});
