import { describe, expect, it } from 'vitest';
import { cleanPlainText } from './clean-plain-text';

const page = [
  'Trang chủ Chuyện ngoại giao Đời sống đối ngoại',
  'GIỚI THIỆU',
  'Số lượt truy cập:',
  '613526',
  '14:20 | 09/05/2025 GMT+7',
  'Hướng tới tầm cao mới trong quan hệ Việt Nam - Belarus',
  'aa',
  'Theo dõi Baoquocte.vn trên',
  'Việt Nammmmmmmmmmm',
  'Năm 2023, kim ngạch thương mại song phương đạt hơn 65 triệu USD.',
  'Chủ tịch nước Tô Lâm tiếp Đại sứ Belarus, ngày 3/7/2024. (Ảnh: TTXVN)',
  'Chủ tịch nước Tô Lâm tiếp Đại sứ Belarus, ngày 3/7/2024. (Ảnh: TTXVN)',
  'Mở rộng hợp tác thực chất',
  'Gần đây, khóa họp Ủy ban liên Chính phủ đã được tổ chức tại Hà Nội (1/4/2025).',
  'Quốc vương Bhutan thăm Việt Nam',
  'Quốc vương Bhutan thăm Việt Nam',
  'Từ ngày 18-22/8, Quốc vương Bhutan thăm cấp nhà nước Việt Nam.',
  'Năm 2024, kim ngạch đạt 1 tỷ USD.',
].join('\n');

describe('cleanPlainText', () => {
  const cleaned = cleanPlainText(page);

  it('drops menus, counters, date stamps, widgets, follow prompts and garbled lines, saying why', () => {
    expect(cleaned.dropped).toEqual(expect.arrayContaining([
      { text: 'Trang chủ Chuyện ngoại giao Đời sống đối ngoại', reason: 'menu' },
      { text: 'GIỚI THIỆU', reason: 'menu' },
      { text: 'Số lượt truy cập:', reason: 'counter' },
      { text: '613526', reason: 'counter' },
      { text: '14:20 | 09/05/2025 GMT+7', reason: 'date-stamp' },
      { text: 'aa', reason: 'widget' },
      { text: 'Theo dõi Baoquocte.vn trên', reason: 'follow-prompt' },
      { text: 'Việt Nammmmmmmmmmm', reason: 'garbled' },
    ]));
  });

  it('keeps headings and captions with their role, a repeated caption once', () => {
    expect(cleaned.blocks.map((b) => b.role)).toEqual(['heading', 'paragraph', 'caption', 'heading', 'paragraph']);
    expect(cleaned.dropped).toContainEqual({ text: 'Chủ tịch nước Tô Lâm tiếp Đại sứ Belarus, ngày 3/7/2024. (Ảnh: TTXVN)', reason: 'duplicate' });
  });

  it('drops everything from the first teaser (a headline printed twice) on as related news', () => {
    expect(cleaned.text).not.toContain('Bhutan');
    expect(cleaned.text).not.toContain('1 tỷ USD');
    expect(cleaned.dropped.filter((d) => d.reason === 'related')).toHaveLength(4);
  });

  it('records each block\'s offsets in the cleaned text', () => {
    for (const block of cleaned.blocks) expect(cleaned.text.slice(block.start, block.end)).toBe(block.text);
  });
});
