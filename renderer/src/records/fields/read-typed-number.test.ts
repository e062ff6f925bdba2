import { describe, expect, it } from 'vitest';
import { readTypedNumber } from './read-typed-number';

describe('readTypedNumber', () => {
  it('reads thousands separated by spaces, dots or commas', () => {
    expect(readTypedNumber('65 000 000')).toBe(65_000_000);
    expect(readTypedNumber('65.000.000')).toBe(65_000_000);
    expect(readTypedNumber('65,000,000')).toBe(65_000_000);
  });

  it('reads a decimal comma or point', () => {
    expect(readTypedNumber('13,5')).toBe(13.5);
    expect(readTypedNumber('13.5')).toBe(13.5);
  });

  it('gives undefined for nothing and the text itself for what is no number', () => {
    expect(readTypedNumber('  ')).toBeUndefined();
    expect(readTypedNumber('hơn 65')).toBe('hơn 65');
  });
});
