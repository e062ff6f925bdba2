import { describe, expect, it } from 'vitest';
import { cssString, pageCounterContent, pageMarginRules } from './page-margin-rules';

describe('page margin rules', () => {
  it('turns a page number text into CSS content with counters', () => {
    expect(pageCounterContent('Trang {{page}}/{{pages}}')).toBe('"Trang " counter(page) "/" counter(pages)');
    expect(pageCounterContent('Page {{page}} of {{pages}}')).toBe('"Page " counter(page) " of " counter(pages)');
    expect(pageCounterContent('Trang {{page}}/{{pages}}', 14)).toBe('"Trang " counter(page) "/" "14"');
  });

  it('escapes quotes, backslashes and line breaks in a label', () => {
    expect(cssString('MẬT "A"\\B\nC')).toBe('"MẬT \\"A\\"\\\\B C"');
  });

  it('prints the label top and bottom, and the page number at the bottom right', () => {
    const css = pageMarginRules({ label: 'LƯU HÀNH NỘI BỘ', pageNumber: 'Trang {{page}}/{{pages}}', cover: false });
    expect(css).toContain('size: A4;');
    expect(css).toMatch(/@top-center \{ content: "LƯU HÀNH NỘI BỘ";/);
    expect(css).toMatch(/@bottom-center \{ content: "LƯU HÀNH NỘI BỘ";/);
    expect(css).toMatch(/@bottom-right \{ content: "Trang " counter\(page\) "\/" counter\(pages\);/);
  });

  it('prints no label boxes without a label', () => {
    expect(pageMarginRules({ label: undefined, pageNumber: 'Page {{page}} of {{pages}}', cover: false })).not.toMatch(/@top-center|@bottom-center/);
  });

  it("leaves the page number off a binder's cover only", () => {
    expect(pageMarginRules({ label: undefined, pageNumber: 'Trang {{page}}/{{pages}}', cover: true })).toMatch(/@page :first \{ @bottom-right \{ content: none; \} \}/);
    expect(pageMarginRules({ label: undefined, pageNumber: 'Trang {{page}}/{{pages}}', cover: false })).not.toContain(':first');
  });
});
