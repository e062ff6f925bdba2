import { describe, expect, it } from 'vitest';
import { pathKey, readAt, writeAt } from './draft-path';

describe('draft paths', () => {
  it('reads a nested value and undefined where the path leads nowhere', () => {
    const draft = { record: { principal: { name: { vi: 'Tô Lâm' } } }, articles: [{ title: 'A' }] };
    expect(readAt(draft, ['record', 'principal', 'name', 'vi'])).toBe('Tô Lâm');
    expect(readAt(draft, ['articles', 0, 'title'])).toBe('A');
    expect(readAt(draft, ['record', 'amount', 'value'])).toBeUndefined();
  });

  it('writes a copy, leaving the original as it was', () => {
    const draft = { record: { title: { vi: 'a', en: 'b' } } };
    const next = writeAt(draft, ['record', 'title', 'en'], 'c');
    expect(next).toEqual({ record: { title: { vi: 'a', en: 'c' } } });
    expect(draft.record.title.en).toBe('b');
  });

  it('creates the objects and arrays on the way, and removes a key written undefined', () => {
    expect(writeAt({}, ['record', 'counterparts', 0, 'country'], 'MN')).toEqual({ record: { counterparts: [{ country: 'MN' }] } });
    expect(writeAt({ record: { session: 3, kind: 'mechanism' } }, ['record', 'session'], undefined)).toEqual({ record: { kind: 'mechanism' } });
  });

  it('names a path as the form field ids do', () => {
    expect(pathKey(['record', 'sources', 1, 'passage'])).toBe('record.sources.1.passage');
  });
});
