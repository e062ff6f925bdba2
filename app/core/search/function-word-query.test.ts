import { describe, expect, it } from 'vitest';
import { relationsRecordSchema } from '../../shared/records/record-schema';
import { isFunctionWordQuery, matchesAsWritten } from './function-word-query';
import { createSearchIndex } from './search-index';

const bilingual = (vi: string, en: string) => ({ vi, en, translation: 'ours' as const });
const record = (id: string, country: string, title: string, summary: string) =>
  relationsRecordSchema.parse({
    id,
    kind: 'milestone',
    country,
    title: bilingual(title, title),
    summary: bilingual(summary, summary),
    sources: [{ article: 'test-article', passage: summary, confidence: 'high' }],
  });

const records = [
  record('ru-moscow-talks', 'RU', 'Hội đàm tại Mát-xcơ-va', 'Hai bên hội đàm tại Mát-xcơ-va.'),
  record('az-oil', 'AZ', 'Dầu khí và năng lượng', 'Việt Nam và Azerbaijan hợp tác dầu khí.'),
  record('by-milk', 'BY', 'Sữa và thực phẩm', 'Belarus xuất khẩu sữa và thịt.'),
];

describe('a query of function words only', () => {
  it('tells function words from others, with or without tone marks', () => {
    expect(isFunctionWordQuery(['va'])).toBe(true);
    expect(isFunctionWordQuery(['và', 'của'])).toBe(true);
    expect(isFunctionWordQuery(['va', 'nga'])).toBe(false);
    expect(isFunctionWordQuery(['vaccine'])).toBe(false);
  });

  it('matches words as written, the last one as the start of a word while it is being typed', () => {
    expect(matchesAsWritten(['Hội đàm tại Mát-xcơ-va'], ['va'])).toBe(true);
    expect(matchesAsWritten(['Việt Nam và Azerbaijan'], ['va'])).toBe(false);
    expect(matchesAsWritten(['Vaccine'], ['va'])).toBe(false);
    expect(matchesAsWritten(['Vaccine'], ['va'], true)).toBe(true);
    expect(matchesAsWritten(['Việt Nam và Azerbaijan', 'Vào năm'], ['va'], true)).toBe(false);
    expect(matchesAsWritten(['Dầu khí'], ['dầ'], true)).toBe(true);
  });

  it('"va" finds no record merely for containing "và", and "và" still finds them', () => {
    const index = createSearchIndex({ records, notes: [] });
    expect(index.search('va').map((hit) => hit.id)).toEqual(['ru-moscow-talks']);
    expect(index.search('và ').map((hit) => hit.id).sort()).toEqual(['az-oil', 'by-milk']);
    expect(index.search('dau khi va').map((hit) => hit.id)).toEqual(['az-oil']);
    index.close();
  });
});
