import { describe, expect, it } from 'vitest';
import { importArticle } from '../../core/article-import/import-article';
import { ARTICLE_PAGE_BYTES, syntheticArticlePages } from '../synthetic/synthetic-article-page';
import { measureArticleImport } from './measure-article-import';

describe('the bench’s article import', () => {
  const pages = syntheticArticlePages();

  it('imports pages of about 200 KB whose boilerplate is dropped and whose articles propose candidates', () => {
    expect(pages.length).toBeGreaterThan(0);
    for (const page of pages) {
      const bytes = new TextEncoder().encode(page).length;
      expect(bytes).toBeGreaterThanOrEqual(ARTICLE_PAGE_BYTES);
      expect(bytes).toBeLessThan(ARTICLE_PAGE_BYTES * 1.01);
      const imported = importArticle(new TextEncoder().encode(page), { fileName: 'page.html', existing: [] });
      expect(imported.article.publisher).toBe('Báo Nhân Dân');
      expect(imported.cleanedText).not.toMatch(/Tin tức thời sự số|window\.dataLayer|Lượt xem/);
      expect(imported.candidates.length).toBeGreaterThan(0);
    }
  }, 60_000);

  it('times as many imports as the plan asks, after an untimed warm-up', async () => {
    const figure = await measureArticleImport(pages.slice(0, 2), { runs: 3 });
    expect(figure).toMatchObject({ measured: true, runs: 3 });
    if (figure.measured) expect(figure.p95).toBeGreaterThanOrEqual(figure.median);
  }, 60_000);
});
