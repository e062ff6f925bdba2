import { describe, expect, it } from 'vitest';
import { highlightParts } from './highlight-ranges';

describe('highlightParts', () => {
  it('marks whole words only, as written, in order', () => {
    expect(highlightParts('Hiệp định miễn thị thực, miễn phí', ['miễn', 'thực'])).toEqual([
      { text: 'Hiệp định ', matched: false },
      { text: 'miễn', matched: true },
      { text: ' thị ', matched: false },
      { text: 'thực', matched: true },
      { text: ', ', matched: false },
      { text: 'miễn', matched: true },
      { text: ' phí', matched: false },
    ]);
  });

  it('leaves a word inside a longer word alone, and text without matches whole', () => {
    expect(highlightParts('Visas and visa-free travel', ['visa'])).toEqual([
      { text: 'Visas and ', matched: false },
      { text: 'visa', matched: true },
      { text: '-free travel', matched: false },
    ]);
    expect(highlightParts('Belarus', [])).toEqual([{ text: 'Belarus', matched: false }]);
  });
});
