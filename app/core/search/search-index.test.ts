import { describe, expect, it } from 'vitest';
import { relationsRecordSchema, type RelationsRecord } from '../../shared/records/record-schema';
import { createSearchIndex, type SearchableNote } from './search-index';

const bilingual = (vi: string, en: string) => ({ vi, en, translation: 'ours' as const });
const source = {
  article: 'test-article',
  passage: 'Câu trích dẫn có từ xylophone chỉ nằm trong nguồn.',
  confidence: 'high' as const,
};

/** Test records, checked against the schema so that the index is tested on data it will really get. */
function records(...candidates: unknown[]): RelationsRecord[] {
  return candidates.map((candidate) => relationsRecordSchema.parse(candidate));
}

const fixtures = records(
  {
    id: 'az-relations-1992',
    kind: 'relations',
    country: 'AZ',
    date: '1992-09-23',
    title: bilingual('Thiết lập quan hệ ngoại giao', 'Diplomatic relations established'),
    summary: bilingual(
      'Việt Nam và Azerbaijan thiết lập quan hệ ngoại giao ngày 23/9/1992.',
      'Viet Nam and Azerbaijan established diplomatic relations on 23 September 1992.',
    ),
    sources: [source],
  },
  {
    id: 'ru-relations-1950',
    kind: 'relations',
    country: 'RU',
    date: '1950-01-30',
    title: bilingual('Thiết lập quan hệ ngoại giao', 'Diplomatic relations established'),
    summary: bilingual(
      'Liên Xô công nhận và thiết lập quan hệ ngoại giao với Việt Nam.',
      'The Soviet Union recognised Viet Nam and established diplomatic relations.',
    ),
    sources: [source],
  },
  {
    id: 'az-oil-gas',
    kind: 'cooperation',
    country: 'AZ',
    title: bilingual('Hợp tác dầu khí', 'Oil and gas cooperation'),
    summary: bilingual(
      'PetroVietnam và SOCAR ký thỏa thuận khung về thăm dò dầu khí.',
      'PetroVietnam and SOCAR signed a framework agreement on oil and gas exploration.',
    ),
    area: bilingual('Dầu khí', 'Oil and gas'),
    sources: [source],
  },
  {
    id: 'az-investment',
    kind: 'investment',
    country: 'AZ',
    direction: 'into-vietnam',
    projects: 5,
    title: bilingual('Đầu tư của Azerbaijan vào Việt Nam', 'Azerbaijani investment in Viet Nam'),
    summary: bilingual(
      'Azerbaijan có 5 dự án đầu tư tại Việt Nam.',
      'Azerbaijan has 5 investment projects in Viet Nam.',
    ),
    sources: [source],
  },
  {
    id: 'kg-visit-2019',
    kind: 'visit',
    country: 'KG',
    date: '2019-05-12',
    dateEnd: '2019-05-15',
    direction: 'to-vietnam',
    level: 'official',
    principal: {
      name: bilingual('Adylbek Kasimalyev', 'Adylbek Kasimalyev'),
      title: bilingual('Chủ tịch Quốc hội', 'Speaker of Parliament'),
      country: 'KG',
    },
    counterparts: [
      {
        name: bilingual('Bùi Thanh Sơn', 'Bui Thanh Son'),
        title: bilingual('Bộ trưởng Ngoại giao', 'Minister of Foreign Affairs'),
        country: 'VN',
      },
    ],
    title: bilingual('Lãnh đạo Kyrgyzstan thăm Việt Nam', 'Kyrgyz leader visits Viet Nam'),
    summary: bilingual('Chuyến thăm chính thức Việt Nam.', 'An official visit to Viet Nam.'),
    sources: [source],
  },
  {
    id: 'ru-framework-2012',
    kind: 'framework',
    country: 'RU',
    date: '2012-07-27',
    framework: bilingual('Đối tác chiến lược toàn diện', 'Comprehensive strategic partnership'),
    title: bilingual('Nâng cấp quan hệ', 'Relations upgraded'),
    summary: bilingual('Hai nước nâng quan hệ lên tầm cao mới.', 'The two countries raised relations to a new level.'),
    sources: [source],
  },
  {
    id: 'by-contact-point',
    kind: 'milestone',
    country: 'BY',
    title: bilingual('Đầu mối liên lạc', 'Contact point'),
    summary: bilingual('Hai bên chỉ định đầu mối liên lạc đầu tiên.', 'Both sides named their first contact points.'),
    sources: [source],
  },
  {
    id: 'by-vegetable-oil',
    kind: 'milestone',
    country: 'BY',
    title: bilingual('Trao đổi thương mại', 'Trade talks'),
    summary: bilingual(
      'Hai bên trao đổi về hợp tác nông nghiệp, giáo dục, văn hóa, du lịch và xuất khẩu dầu thực vật.',
      'The two sides discussed agriculture, education, culture, tourism and vegetable oil exports.',
    ),
    sources: [source],
  },
  {
    id: 'by-hallmark',
    kind: 'milestone',
    country: 'BY',
    title: bilingual('Dấu ấn quan hệ', 'A hallmark of relations'),
    summary: bilingual('Lãnh đạo hai nước gặp nhau.', 'The leaders of the two countries met.'),
    sources: [source],
  },
);

const socarNote: SearchableNote = {
  id: 'note-socar',
  country: 'AZ',
  recordId: 'az-oil-gas',
  body: '# **Gặp** SOCAR ở [Baku](https://example.org)\n\nĐại diện SOCAR muốn mở rộng khí hóa lỏng.',
  tags: ['năng lượng'],
};

function openIndex(notes: SearchableNote[] = [socarNote]) {
  return createSearchIndex({ records: fixtures, notes });
}

const ids = (hits: { id: string }[]) => hits.map((hit) => hit.id);

describe('createSearchIndex', () => {
  it('holds every record and note', () => {
    expect(openIndex().size).toBe(fixtures.length + 1);
  });

  describe('matching ignores diacritics and tones', () => {
    const index = openIndex();

    it('finds "quan hệ ngoại giao" typed without diacritics', () => {
      expect(ids(index.search('quan he ngoai giao'))).toEqual(
        expect.arrayContaining(['az-relations-1992', 'ru-relations-1950']),
      );
    });

    it('finds "dầu khí" from "dau khi"', () => {
      expect(ids(index.search('dau khi'))).toContain('az-oil-gas');
    });

    it('lets d match đ', () => {
      expect(ids(index.search('dau tu'))).toEqual(['az-investment']);
      expect(ids(index.search('Dai dien SOCAR'))).toEqual(['note-socar']);
    });

    it('treats a query typed in NFD like one in NFC', () => {
      expect(ids(index.search('dầu khí'.normalize('NFD')))).toEqual(ids(index.search('dầu khí')));
    });
  });

  describe('ranking by the diacritics typed', () => {
    const index = openIndex();

    it('ranks the word typed with its diacritics above its other spellings, however relevant they are', () => {
      const hits = index.search('dầu', { country: 'BY' });
      expect(ids(hits)).toEqual(['by-vegetable-oil', 'by-contact-point', 'by-hallmark']);
      expect(index.search('Dầu', { country: 'BY' })[0]?.id).toBe('by-vegetable-oil');
      expect(index.search('dầ', { country: 'BY' })[0]?.id).toBe('by-vegetable-oil');
      expect(ids(index.search('dầu')).slice(0, 2).sort()).toEqual(['az-oil-gas', 'by-vegetable-oil']);
    });

    it('counts every query word typed as written', () => {
      expect(index.search('đầu mối', { country: 'BY' })[0]?.id).toBe('by-contact-point');
      expect(index.search('dấu ấn', { country: 'BY' })[0]?.id).toBe('by-hallmark');
    });

    it('treats all spellings alike when the query has no diacritics, leaving the order to relevance', () => {
      const hits = index.search('dau', { country: 'BY' });
      expect(ids(hits)).toHaveLength(3);
      expect(hits[0]?.id).toBe('by-contact-point');
      expect(hits.every((hit) => hit.score < 1)).toBe(true);
    });

    it('returns hits best first', () => {
      const scores = index.search('quan he').map((hit) => hit.score);
      expect(scores).toEqual([...scores].sort((a, b) => b - a));
    });
  });

  describe('as-you-type prefixes and fuzzy names', () => {
    const index = openIndex();

    it('completes the last word', () => {
      expect(ids(index.search('quan he ngoai gi'))).toEqual(
        expect.arrayContaining(['az-relations-1992', 'ru-relations-1950']),
      );
      expect(ids(index.search('petrov'))).toEqual(['az-oil-gas']);
    });

    it('does not complete a word followed by a space, nor any word but the last', () => {
      expect(index.search('petrov ')).toEqual([]);
      const hits = index.search('ngo giao');
      expect(hits.flatMap((hit) => hit.terms)).not.toContain('ngoại');
    });

    it('finds a foreign name spelt another way', () => {
      expect(ids(index.search('Kasymaliev'))).toEqual(['kg-visit-2019']);
    });

    it('never matches short syllables fuzzily', () => {
      expect(ids(index.search('dao '))).toEqual(['kg-visit-2019', 'by-hallmark']);
      expect(ids(index.search('lap ')).sort()).toEqual(['az-relations-1992', 'ru-relations-1950']);
      expect(index.search('lam ')).toEqual([]);
    });

    it('never matches a long Vietnamese syllable fuzzily either', () => {
      expect(index.search('truong ')).not.toEqual([]);
      expect(index.search('tuong ')).toEqual([]);
    });
  });

  describe('what is indexed', () => {
    const index = openIndex();

    it('matches English text', () => {
      expect(ids(index.search('strategic partnership'))).toEqual(['ru-framework-2012']);
      expect(ids(index.search('oil gas exploration'))).toEqual(['az-oil-gas']);
    });

    it('matches the names and titles of the people in a visit', () => {
      expect(ids(index.search('Bùi Thanh Sơn'))).toEqual(['kg-visit-2019']);
      expect(ids(index.search('speaker of parliament'))).toEqual(['kg-visit-2019']);
    });

    it('does not index source passages', () => {
      expect(index.search('xylophone')).toEqual([]);
    });
  });

  it('falls back to any word, with lower scores, when no document has them all', () => {
    const index = openIndex();
    const everyWord = index.search('dau khi');
    const someWords = index.search('dau khi zzzz');
    expect(ids(everyWord)).toEqual(['az-oil-gas']);
    expect(ids(someWords)).toContain('az-oil-gas');
    expect(ids(someWords)).toContain('by-vegetable-oil');
    const oilGasScore = (hits: typeof everyWord) => hits.find((hit) => hit.id === 'az-oil-gas')?.score ?? 0;
    expect(oilGasScore(someWords)).toBeLessThan(oilGasScore(everyWord));
  });

  it('gives the matched words as they are written, for highlighting', () => {
    const [hit] = openIndex().search('dau khi');
    expect(hit?.id).toBe('az-oil-gas');
    expect(hit?.terms).toEqual(expect.arrayContaining(['dầu', 'khí', 'Dầu']));
    expect(hit?.terms).not.toContain('dau');
  });

  it('describes a record hit with its title and summary in both languages', () => {
    const [hit] = openIndex().search('strategic');
    expect(hit).toMatchObject({
      type: 'record',
      id: 'ru-framework-2012',
      country: 'RU',
      kind: 'framework',
      title: { vi: 'Nâng cấp quan hệ', en: 'Relations upgraded' },
      snippet: { vi: 'Hai nước nâng quan hệ lên tầm cao mới.', en: 'The two countries raised relations to a new level.' },
    });
  });

  describe('notes', () => {
    it('finds a note and describes it by its first line, without Markdown', () => {
      const [hit] = openIndex().search('khi hoa long');
      expect(hit).toMatchObject({
        type: 'note',
        id: 'note-socar',
        country: 'AZ',
        kind: 'note',
        recordId: 'az-oil-gas',
        title: { vi: 'Gặp SOCAR ở Baku', en: 'Gặp SOCAR ở Baku' },
      });
      expect(hit?.snippet.vi).toBe('Gặp SOCAR ở Baku Đại diện SOCAR muốn mở rộng khí hóa lỏng.');
    });

    it('finds a note by its tags', () => {
      expect(ids(openIndex().search('nang luong'))).toEqual(['note-socar']);
    });

    it('adds, updates and removes notes', () => {
      const index = openIndex([]);
      expect(index.search('SOCAR', { types: ['note'] })).toEqual([]);

      index.upsertNote(socarNote);
      expect(ids(index.search('SOCAR', { types: ['note'] }))).toEqual(['note-socar']);

      index.upsertNote({ ...socarNote, body: 'Hẹn gặp lại Bộ Kinh tế.' });
      expect(index.search('SOCAR', { types: ['note'] })).toEqual([]);
      expect(ids(index.search('bo kinh te'))).toEqual(['note-socar']);
      expect(index.size).toBe(fixtures.length + 1);

      index.removeNote('note-socar');
      expect(index.search('bo kinh te', { types: ['note'] })).toEqual([]);
      expect(index.size).toBe(fixtures.length);
    });

    it('keeps searches within a country up to date with note edits', () => {
      const index = openIndex();
      expect(ids(index.search('SOCAR', { country: 'AZ', types: ['note'] }))).toEqual(['note-socar']);

      index.upsertNote({ ...socarNote, body: 'Hẹn gặp lại Bộ Kinh tế.' });
      expect(index.search('SOCAR', { country: 'AZ', types: ['note'] })).toEqual([]);
      expect(ids(index.search('bo kinh te', { country: 'AZ' }))).toEqual(['note-socar']);

      index.upsertNote({ ...socarNote, country: 'RU', body: 'Hẹn gặp lại Bộ Kinh tế.' });
      expect(index.search('bo kinh te', { country: 'AZ', types: ['note'] })).toEqual([]);
      expect(ids(index.search('bo kinh te', { country: 'RU' }))).toEqual(['note-socar']);

      index.removeNote('note-socar');
      expect(index.search('bo kinh te', { country: 'RU', types: ['note'] })).toEqual([]);
    });

    it('applies edits made while the index is still being built', () => {
      const edited = openIndex([socarNote, { ...socarNote, id: 'note-visa', body: 'Thị thực điện tử' }]);
      edited.upsertNote({ ...socarNote, body: 'Hẹn gặp lại Bộ Kinh tế.' });
      edited.removeNote('note-visa');
      expect(edited.search('SOCAR', { types: ['note'] })).toEqual([]);
      expect(ids(edited.search('bo kinh te'))).toEqual(['note-socar']);
      expect(edited.search('thi thuc', { types: ['note'] })).toEqual([]);
    });
  });

  describe('filters', () => {
    const index = openIndex();

    it('keeps to one country', () => {
      expect(ids(index.search('quan he ngoai giao', { country: 'RU' }))).toEqual(['ru-relations-1950']);
      expect(ids(index.search('SOCAR', { country: 'RU' }))).toEqual([]);
    });

    it('keeps to records or notes', () => {
      expect(ids(index.search('SOCAR', { types: ['record'] }))).toEqual(['az-oil-gas']);
      expect(ids(index.search('SOCAR', { types: ['note'] }))).toEqual(['note-socar']);
    });

    it('returns at most `limit` hits', () => {
      expect(index.search('viet nam', { limit: 2 })).toHaveLength(2);
    });

    it('returns nothing for a query without words', () => {
      expect(index.search('  — … ')).toEqual([]);
    });
  });

  it('swaps in new records and keeps the notes', () => {
    const index = openIndex();
    const [relations] = fixtures;
    if (relations === undefined) throw new Error('fixtures are empty');
    index.replaceRecords([{ ...relations, id: 'az-relations-new', title: bilingual('Quan hệ mới', 'New relations') }]);
    expect(ids(index.search('quan he'))).toEqual(['az-relations-new']);
    expect(ids(index.search('SOCAR'))).toEqual(['note-socar']);
    expect(index.size).toBe(2);
  });
});
