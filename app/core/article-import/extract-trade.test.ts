import { describe, expect, it } from 'vitest';
import { proposeCandidates } from './propose-candidates';
import { readArticle } from './read-article';

/** The records proposed for a pasted article: a title line, then one paragraph, dated `date`. */
function records(title: string, paragraph: string, date: string) {
  return proposeCandidates(readArticle(new TextEncoder().encode(`${title}\n\n${paragraph}`), { fileName: 'pasted.txt', date })).map((c) => c.record);
}

describe('trade and investment records', () => {
  it('keep the amount\'s qualifier: "hơn 65 triệu USD" is more than USD 65 million', () => {
    const [trade] = records('Thương mại Việt Nam - Azerbaijan', 'Năm 2023, kim ngạch thương mại Việt Nam - Azerbaijan đạt hơn 65 triệu USD.', '2024-07-20');
    expect(trade).toMatchObject({ kind: 'trade', country: 'AZ', year: 2023, amount: { value: 65_000_000, currency: 'USD', qualifier: 'more-than' } });
  });

  it('keep the capital\'s qualifier: "gần 600 triệu USD" is nearly USD 600 million', () => {
    const [investment] = records('Đầu tư của Belarus tại Việt Nam', 'Năm 2024, Belarus có 29 dự án đầu tư tại Việt Nam với tổng vốn đăng ký gần 600 triệu USD.', '2025-01-10');
    expect(investment).toMatchObject({ kind: 'investment', country: 'BY', direction: 'into-vietnam', projects: 29, capital: { value: 600_000_000, currency: 'USD', qualifier: 'nearly' } });
  });

  it('state no qualifier where the source states none', () => {
    const [trade] = records('Thương mại Việt Nam - Kazakhstan', 'Năm 2024, kim ngạch thương mại song phương Việt Nam - Kazakhstan đạt 2,98 tỷ USD.', '2025-01-10');
    expect(trade?.kind === 'trade' ? trade.amount : undefined).toEqual({ value: 2_980_000_000, currency: 'USD' });
  });
});
