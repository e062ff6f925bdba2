import { describe, expect, it } from 'vitest';
import { AppError } from '../../shared/app-error';
import { decodeArticleBytes } from './decode-article-bytes';

describe('decodeArticleBytes', () => {
  it('reads UTF-8 with or without a byte-order mark, as NFC', () => {
    const decomposed = 'Vie\u0302\u0323t Nam';
    expect(decodeArticleBytes(new TextEncoder().encode(decomposed), 'a.txt')).toEqual({ format: 'text', charset: 'utf-8', text: 'Việt Nam' });
    expect(decodeArticleBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('Nga')]), 'a.txt').text).toBe('Nga');
  });

  it('uses the page\'s declared charset, and windows-1258 for legacy bytes that are not UTF-8', () => {
    // "Đà" in windows-1258: Đ = 0xD0, a = 0x61, combining grave = 0xCC
    const legacy = new Uint8Array([...new TextEncoder().encode('<html><body><p>'), 0xd0, 0x61, 0xcc, ...new TextEncoder().encode('</p></body></html>')]);
    expect(decodeArticleBytes(legacy, 'page.html')).toMatchObject({ format: 'html', charset: 'windows-1258', text: expect.stringContaining('Đà') });
    const declared = new Uint8Array([...new TextEncoder().encode('<html><head><meta charset="windows-1252"></head><body>caf'), 0xe9, ...new TextEncoder().encode('</body></html>')]);
    expect(decodeArticleBytes(declared, 'page.htm')).toMatchObject({ charset: 'windows-1252', text: expect.stringContaining('café') });
  });

  it('tells pasted HTML from pasted text', () => {
    expect(decodeArticleBytes(new TextEncoder().encode('<!DOCTYPE html><p>x</p>'), 'clipboard').format).toBe('html');
    expect(decodeArticleBytes(new TextEncoder().encode('Năm 2023, kim ngạch đạt 65 triệu USD.'), 'clipboard').format).toBe('text');
  });

  it('refuses other files and empty ones with their own codes', () => {
    expect(() => decodeArticleBytes(new Uint8Array([1]), 'brief.pdf')).toThrow(expect.objectContaining({ code: 'article-format' }) as AppError);
    expect(() => decodeArticleBytes(new TextEncoder().encode('  \n '), 'empty.txt')).toThrow(expect.objectContaining({ code: 'article-empty' }) as AppError);
  });
});
