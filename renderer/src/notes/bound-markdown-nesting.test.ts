import { Marked } from 'marked';
import { describe, expect, it } from 'vitest';
import { boundMarkdownNesting, MAX_MARKDOWN_NESTING } from './bound-markdown-nesting';

const marked = new Marked({ gfm: true, breaks: true, async: false });
const parse = (markdown: string) => marked.parse(markdown, { async: false });
const count = (html: string, tag: string) => html.split(`<${tag}>`).length - 1;

describe('boundMarkdownNesting', () => {
  it.each([
    ['2,000 quote marks', '>'.repeat(2000)],
    ['2,000 spaced quote marks', `${'> '.repeat(2000)}x`],
    ['2,000 bullets on a line', `${'- '.repeat(2000)}x`],
    ['5,000 emphasis marks', `${'*'.repeat(5000)}x${'*'.repeat(5000)}`],
  ])('%s overflow the parser as they are, and parse once bounded', (_what, markdown) => {
    expect(() => parse(markdown)).toThrow(RangeError);
    const html = parse(boundMarkdownNesting(markdown));
    expect(count(html, 'blockquote') + count(html, 'li') + count(html, 'em') + count(html, 'strong')).toBeLessThanOrEqual(2 * MAX_MARKDOWN_NESTING);
  });

  it('a deeply indented list parses in seconds, not the half minute it takes unbounded', () => {
    const markdown = Array.from({ length: 1000 }, (_, i) => `${' '.repeat(i * 2)}- x`).join('\n');
    const started = performance.now();
    parse(boundMarkdownNesting(markdown));
    expect(performance.now() - started).toBeLessThan(5000);
  });

  it('leaves ordinary notes as they are', () => {
    const markdown = '# Họp\n\n> Đại sứ nói:\n> > trích lại\n\n- một\n  - hai\n1. **đậm** và _nghiêng_ ~~gạch~~\n\n    mã';
    expect(boundMarkdownNesting(markdown)).toBe(markdown);
  });

  it('shows markers deeper than the bound as text', () => {
    const html = parse(boundMarkdownNesting(`${'> '.repeat(12)}sâu`));
    expect(count(html, 'blockquote')).toBe(MAX_MARKDOWN_NESTING);
    expect(html).toContain('&gt; &gt; &gt; &gt; sâu');
  });
});
