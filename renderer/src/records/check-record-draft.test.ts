import { describe, expect, it } from 'vitest';
import { checkRecordDraft } from './check-record-draft';

const text = (vi: string, en: string) => ({ vi, en, translation: 'ours' });
const article = (id: string) => ({ id, publisher: 'Báo Nhân Dân', title: 'Một bài báo', file: 'officer-added' });

function cooperation(sources: Record<string, unknown>[]) {
  return { id: 'mine-mn-cooperation-x', country: 'MN', kind: 'cooperation', title: text('Hợp tác', 'Cooperation'), summary: text('Tóm tắt', 'Summary'), area: text('Giáo dục', 'Education'), sources };
}

describe('checkRecordDraft', () => {
  it('gives the request of a valid draft, leaving out the new articles no source cites any more', () => {
    const check = checkRecordDraft({
      record: cooperation([{ article: 'mine-article-a', passage: 'Câu trích.', confidence: 'high' }]),
      articles: [article('mine-article-a'), article('mine-article-b')],
    });
    expect(check.ok).toBe(true);
    expect(check.draft.articles.map((cited) => cited.id)).toEqual(['mine-article-a']);
    if (check.ok) expect(check.request.record.id).toBe('mine-mn-cooperation-x');
  });

  it('names each problem by the path of the draft it returns', () => {
    const check = checkRecordDraft({ record: cooperation([]), articles: [article('mine-article-a')] });
    expect(check.ok).toBe(false);
    expect(check.draft.articles).toEqual([]);
    if (!check.ok) expect([...check.problems.keys()]).toEqual(['record.sources']);
  });
});
