import { describe, expect, it } from 'vitest';
import { chooseLanguage } from './choose-language';

describe('chooseLanguage', () => {
  it('follows the saved language, else the system language, else English', () => {
    expect(chooseLanguage('en', ['vi-VN'])).toBe('en');
    expect(chooseLanguage('vi', ['en-US'])).toBe('vi');
    expect(chooseLanguage(undefined, ['vi-VN', 'en-US'])).toBe('vi');
    expect(chooseLanguage(undefined, ['VI'])).toBe('vi');
    expect(chooseLanguage(undefined, ['fr-FR', 'en-US'])).toBe('en');
    expect(chooseLanguage(undefined, [])).toBe('en');
  });
});
