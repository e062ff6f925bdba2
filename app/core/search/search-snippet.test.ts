import { describe, expect, it } from 'vitest';
import { createWordFolder } from '../../shared/search/fold-vietnamese';
import { excerptAround, wordsMatchingTerms } from './search-snippet';

describe('wordsMatchingTerms', () => {
  it('finds the words as written whose folded form matched, each once, in order', () => {
    const texts = ['Dầu khí và dầu thực vật', 'Oil and gas; đầu tư'];
    expect(wordsMatchingTerms(texts, new Set(['dau', 'gas']), createWordFolder())).toEqual(['Dầu', 'dầu', 'gas', 'đầu']);
  });
});

describe('excerptAround', () => {
  const filler = 'Hai bên nhất trí tiếp tục tăng cường hợp tác trên nhiều lĩnh vực khác nhau. '.repeat(4);

  it('keeps a short text whole', () => {
    expect(excerptAround('Hợp tác dầu khí.', ['dầu'])).toBe('Hợp tác dầu khí.');
  });

  it('shows the first matched word of a long text, cut at spaces, with ellipses', () => {
    const text = `${filler}Tập đoàn SOCAR mở văn phòng tại Hà Nội. ${filler}`;
    const excerpt = excerptAround(text, ['SOCAR']);
    expect(excerpt).toContain('SOCAR mở văn phòng');
    expect(excerpt.startsWith('…')).toBe(true);
    expect(excerpt.endsWith('…')).toBe(true);
    expect(excerpt.length).toBeLessThanOrEqual(162);
    expect(excerpt.slice(1, -1).trim()).toBe(excerpt.slice(1, -1));
  });

  it('starts at the beginning when the match is near it or absent', () => {
    const text = `SOCAR ${filler}`;
    expect(excerptAround(text, ['SOCAR']).startsWith('SOCAR')).toBe(true);
    expect(excerptAround(filler, ['SOCAR']).startsWith('Hai bên')).toBe(true);
  });
});
