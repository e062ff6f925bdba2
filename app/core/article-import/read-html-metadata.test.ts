import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { readHtmlMetadata } from './read-html-metadata';

const read = (html: string) => readHtmlMetadata(parseHTML(html).document as unknown as Document, html);

describe('readHtmlMetadata', () => {
  it('prefers JSON-LD, and the published date over a modified one', () => {
    const html = `<html><head><meta property="article:modified_time" content="2025-01-02T10:00:00+07:00"><meta property="article:published_time" content="2024-12-30T10:00:00+07:00">
      <script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"NewsArticle","headline":"Tiêu đề","dateModified":"2025-01-03T00:00:00+07:00","datePublished":"2024-12-31T23:30:00+07:00","author":[{"name":"Minh Nhật"}],"publisher":{"name":"Báo Nhân Dân"}}]}</script>
      <link rel="canonical" href="https://nhandan.vn/bai-1.html"></head><body><p>13:00 | 01/01/2025 GMT+7</p></body></html>`;
    expect(read(html)).toEqual({ title: 'Tiêu đề', publisher: 'Báo Nhân Dân', author: 'Minh Nhật', date: '2024-12-31', dateSource: 'json-ld', url: 'https://nhandan.vn/bai-1.html' });
  });

  it('falls back on article:published_time, never on the modified time', () => {
    const html = '<html><head><meta property="article:modified_time" content="2025-01-02T10:00:00Z"><meta property="article:published_time" content="2024-12-30T10:00:00Z"><meta property="og:site_name" content="VnExpress"></head><body></body></html>';
    expect(read(html)).toMatchObject({ date: '2024-12-30', dateSource: 'meta', publisher: 'VnExpress' });
    expect(read('<html><head><meta property="article:modified_time" content="2025-01-02T10:00:00Z"></head><body></body></html>').date).toBeUndefined();
  });

  it('reads the page\'s own date stamp and the "saved from" comment', () => {
    const html = '<!-- saved from url=(0040)https://thoidai.com.vn/bai-viet-1234.html -->\n<html><head><title>Bài viết | Thời Đại</title></head><body><div>Trang chủ</div><div>14:20 | 09/05/2025 GMT+7</div><h1>Hướng tới tầm cao mới</h1></body></html>';
    expect(read(html)).toMatchObject({ title: 'Hướng tới tầm cao mới', date: '2025-05-09', dateSource: 'page', url: 'https://thoidai.com.vn/bai-viet-1234.html' });
  });
});
