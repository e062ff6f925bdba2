import { describe, expect, it } from 'vitest';
import { splitSentences } from './split-sentences';

const texts = (text: string, language: 'vi' | 'en' = 'vi') => splitSentences(text, language).map((s) => s.text);

describe('splitSentences', () => {
  it('keeps a sentence whole across "TP.", "GS." and "TS."', () => {
    expect(texts('Hội thảo diễn ra tại TP. Hồ Chí Minh ngày 5/3. GS. TS. Nguyễn Văn An phát biểu khai mạc.')).toEqual([
      'Hội thảo diễn ra tại TP. Hồ Chí Minh ngày 5/3.',
      'GS. TS. Nguyễn Văn An phát biểu khai mạc.',
    ]);
  });

  it('keeps initials with the name they start ("A.G. Lu-ca-sen-cô")', () => {
    expect(texts('Tổng thống A.G. Lu-ca-sen-cô thăm Việt Nam năm 2019. Hai bên ký 5 văn kiện.')).toEqual([
      'Tổng thống A.G. Lu-ca-sen-cô thăm Việt Nam năm 2019.',
      'Hai bên ký 5 văn kiện.',
    ]);
    expect(texts('Tổng thống V. Putin đến Hà Nội. Chuyến thăm kéo dài hai ngày.')).toHaveLength(2);
  });

  it('splits ordinary sentences as the segmenter does', () => {
    expect(texts('Hai bên ký 3 văn kiện. Sau đó họp báo.')).toEqual(['Hai bên ký 3 văn kiện.', 'Sau đó họp báo.']);
    expect(texts('Mr. Lavrov met Dr. Smith in Hanoi. They signed a memorandum.', 'en')).toEqual([
      'Mr. Lavrov met Dr. Smith in Hanoi.',
      'They signed a memorandum.',
    ]);
  });

  it('gives spans that are the text at their offsets', () => {
    const block = '  Tại TP. Hồ Chí Minh, hai bên gặp nhau.  Sau đó về.  ';
    for (const span of splitSentences(block, 'vi', 100)) expect(block.slice(span.start - 100, span.end - 100)).toBe(span.text);
  });
});
