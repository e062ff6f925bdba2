import { describe, expect, it } from 'vitest';
import { formatTags, parseTags } from './parse-tags';

describe('parseTags', () => {
  it('splits on commas, trims, drops empties and repeats (ignoring case), keeps the order typed', () => {
    expect(parseTags(' dầu khí,  lễ tân ,, Dầu khí,giáo   dục, ')).toEqual(['dầu khí', 'lễ tân', 'giáo dục']);
  });

  it('cuts what a note cannot keep: 40 characters a tag, 30 tags', () => {
    expect(parseTags('x'.repeat(50))).toEqual(['x'.repeat(40)]);
    expect(parseTags(Array.from({ length: 40 }, (_, i) => `t${i}`).join(','))).toHaveLength(30);
  });

  it('round-trips through the field', () => {
    expect(parseTags(formatTags(['a', 'b c']))).toEqual(['a', 'b c']);
  });
});
