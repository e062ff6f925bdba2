import { describe, expect, it } from 'vitest';
import { escapeControlCharacters } from './escape-control-characters';

describe('escapeControlCharacters', () => {
  it('writes C0 and C1 control characters as escapes and keeps every other character', () => {
    expect(escapeControlCharacters('a\u001b[31mb\u0007\u0000\u009b\n')).toBe('a\\u001b[31mb\\u0007\\u0000\\u009b\\u000a');
    expect(escapeControlCharacters('Quan hệ Việt Nam – Azerbaijan 🇻🇳')).toBe('Quan hệ Việt Nam – Azerbaijan 🇻🇳');
  });
});
