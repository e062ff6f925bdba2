import { describe, expect, it } from 'vitest';
import { createWordFolder, foldVietnamese } from './fold-vietnamese';

/** Each vowel with no tone, then sắc, huyền, hỏi, ngã, nặng; written out rather than generated. */
const VOWELS_WITH_TONES: Record<string, string> = {
  a: 'aáàảãạ',
  ă: 'ăắằẳẵặ',
  â: 'âấầẩẫậ',
  e: 'eéèẻẽẹ',
  ê: 'êếềểễệ',
  i: 'iíìỉĩị',
  o: 'oóòỏõọ',
  ô: 'ôốồổỗộ',
  ơ: 'ơớờởỡợ',
  u: 'uúùủũụ',
  ư: 'ưứừửữự',
  y: 'yýỳỷỹỵ',
};
const BASE_LETTER: Record<string, string> = { ă: 'a', â: 'a', ê: 'e', ô: 'o', ơ: 'o', ư: 'u' };

describe('foldVietnamese', () => {
  for (const [vowel, forms] of Object.entries(VOWELS_WITH_TONES)) {
    const base = BASE_LETTER[vowel] ?? vowel;
    it(`folds ${vowel} with every tone, in both cases, to ${base}`, () => {
      expect([...forms]).toHaveLength(6);
      for (const form of forms) {
        expect(foldVietnamese(form)).toBe(base);
        expect(foldVietnamese(form.toUpperCase())).toBe(base);
      }
    });
  }

  it('folds the five tone marks as combining characters too', () => {
    const tones = ['\u0301', '\u0300', '\u0309', '\u0303', '\u0323'];
    for (const tone of tones) {
      expect(foldVietnamese(`a${tone}`)).toBe('a');
      expect(foldVietnamese(`E\u0302${tone}`)).toBe('e');
    }
  });

  it('turns đ and Đ into d', () => {
    expect(foldVietnamese('đ')).toBe('d');
    expect(foldVietnamese('Đ')).toBe('d');
    expect(foldVietnamese('Đường Đảo ĐẠI ĐỘI')).toBe('duong dao dai doi');
  });

  it('folds NFD input exactly as NFC input', () => {
    const nfc = 'Quan hệ ngoại giao Việt Nam – Azerbaijan, dầu khí, Điện Biên Phủ';
    const nfd = nfc.normalize('NFD');
    expect(nfd).not.toBe(nfc);
    expect(foldVietnamese(nfd)).toBe(foldVietnamese(nfc));
    expect(foldVietnamese(nfd)).toBe('quan he ngoai giao viet nam – azerbaijan, dau khi, dien bien phu');
  });

  it('lower-cases mixed text and keeps what is not a diacritic', () => {
    expect(foldVietnamese('Thủ tướng Phạm Minh Chính gặp Ilham Aliyev ngày 19/7/2024 (Baku)')).toBe(
      'thu tuong pham minh chinh gap ilham aliyev ngay 19/7/2024 (baku)',
    );
    expect(foldVietnamese('Strategic Partnership')).toBe('strategic partnership');
    expect(foldVietnamese('')).toBe('');
  });

  it('leaves no combining mark behind, even for letters that gain one when lower-cased', () => {
    expect(foldVietnamese('İstanbul')).toBe('istanbul');
    expect(foldVietnamese('Şuşa Gəncə')).toBe('susa gəncə');
  });
});

describe('createWordFolder', () => {
  it('folds like foldVietnamese, again and again', () => {
    const fold = createWordFolder();
    for (const word of ['Dầu', 'khí', 'Dầu', 'ĐẦU', 'dấu']) expect(fold(word)).toBe(foldVietnamese(word));
  });
});
