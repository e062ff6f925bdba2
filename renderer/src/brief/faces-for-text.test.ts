import { describe, expect, it } from 'vitest';
import { facesForText } from './faces-for-text';

const latin = { name: 'latin', unicodeRange: 'U+0000-00FF, U+0131, U+2000-206F' };
const vietnamese = { name: 'vietnamese', unicodeRange: 'U+0102-0103, U+0110-0111, U+1EA0-1EF9, U+20AB' };
const cyrillic = { name: 'cyrillic', unicodeRange: 'U+0400-045F, U+0490-0491' };
const wildcard = { name: 'wildcard', unicodeRange: 'U+4??' };
const faces = [latin, vietnamese, cyrillic];

describe('facesForText', () => {
  it('keeps only the subsets a text uses', () => {
    expect(facesForText(faces, 'Diplomatic relations').map((f) => f.name)).toEqual(['latin']);
    expect(facesForText(faces, 'Quan hệ ngoại giao').map((f) => f.name)).toEqual(['latin', 'vietnamese']);
    expect(facesForText(faces, 'Москва').map((f) => f.name)).toEqual(['cyrillic']);
  });

  it('reads decomposed text as the composed characters it prints', () => {
    expect(facesForText(faces, 'ệ'.normalize('NFD')).map((f) => f.name)).toEqual(['vietnamese']);
  });

  it('understands wildcard ranges', () => {
    expect(facesForText([wildcard], 'Ж')).toEqual([wildcard]);
    expect(facesForText([wildcard], 'A')).toEqual([]);
  });
});
