import { describe, expect, it } from 'vitest';
import { parseRecentItems, RECENT_MAX, withRecentItem, type RecentItem } from './recent-items';

describe('recent items', () => {
  it('keeps the newest first, each once, and at most a few', () => {
    const az: RecentItem = { type: 'country', country: 'AZ' };
    const note: RecentItem = { type: 'note', country: 'KG', id: 'note-1', title: 'Gặp Đại sứ' };
    expect(withRecentItem([az, note], { ...note, title: 'Gặp Đại sứ Kyrgyzstan' })).toEqual([
      { ...note, title: 'Gặp Đại sứ Kyrgyzstan' },
      az,
    ]);
    expect(withRecentItem([az], { type: 'brief', country: 'AZ' })).toEqual([{ type: 'brief', country: 'AZ' }, az]);
    let many: RecentItem[] = [];
    for (const country of ['AZ', 'BY', 'KG', 'KZ', 'RU', 'MN', 'FR', 'DE', 'JP']) many = withRecentItem(many, { type: 'country', country });
    expect(many).toHaveLength(RECENT_MAX);
    expect(many[0]).toEqual({ type: 'country', country: 'JP' });
  });

  it('reads back what it stored, and nothing from a value that does not parse', () => {
    const items: RecentItem[] = [{ type: 'brief', country: 'AZ' }];
    expect(parseRecentItems(JSON.stringify(items))).toEqual(items);
    expect(parseRecentItems(null)).toEqual([]);
    expect(parseRecentItems('{not json')).toEqual([]);
    expect(parseRecentItems(JSON.stringify([{ type: 'country', country: 'azerbaijan' }]))).toEqual([]);
  });
});
