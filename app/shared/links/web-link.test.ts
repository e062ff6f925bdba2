import { describe, expect, it } from 'vitest';
import { isWebLink } from './web-link';

describe('isWebLink', () => {
  it('accepts absolute http and https addresses only', () => {
    expect(isWebLink('https://mofa.gov.vn/a?b=1')).toBe(true);
    expect(isWebLink('HTTP://example.org')).toBe(true);
    for (const href of ['javascript:alert(1)', 'data:text/html,x', 'file:///etc/passwd', 'mailto:a@b.c', 'app://desk/x', '/country/AZ', '#/notes', 'example.org', '', null, undefined]) {
      expect(isWebLink(href), String(href)).toBe(false);
    }
  });
});
