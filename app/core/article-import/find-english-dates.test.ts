import { describe, expect, it } from 'vitest';
import { findEnglishDates } from './find-english-dates';

const article = { date: '2025-03-05' };
const dates = (text: string) => findEnglishDates(text, article).map(({ date, dateEnd, role, year }) => ({ date, dateEnd, role, year }));

describe('findEnglishDates', () => {
  it('reads days, ranges and months through chrono-node', () => {
    expect(dates('Relations were established on September 23, 1992.')).toEqual([{ date: '1992-09-23', dateEnd: undefined, role: 'event', year: 'text' }]);
    expect(dates('He visited Hanoi on 20-22 August 2024.')).toEqual([{ date: '2024-08-20', dateEnd: '2024-08-22', role: 'event', year: 'text' }]);
    expect(dates('in March 2009')[0]).toMatchObject({ date: '2009-03', year: 'text' });
  });

  it('takes a missing year from the article and says so', () => {
    expect(dates('The talks were held on 6 March.')).toEqual([{ date: '2025-03-06', dateEnd: undefined, role: 'event', year: 'article-date' }]);
  });

  it('tells a comparison and a target from the figure year', () => {
    expect(dates('Trade rose 10% compared with 2023 to reach $2 billion in 2024.').map((d) => [d.date, d.role])).toEqual([
      ['2023', 'comparison'],
      ['2024', 'event'],
    ]);
    expect(dates('aiming for USD 1.5 billion by 2030')[0]?.role).toBe('target');
  });
});
