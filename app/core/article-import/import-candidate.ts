import type { BilingualText } from '../../shared/records/bilingual-text';
import type { RelationsRecord } from '../../shared/records/record-schema';
import type { Source } from '../../shared/records/source-schema';
import type { DateMention } from './date-mention';
import type { ImportedArticle } from './read-article';

/** What the officer should know about a candidate before accepting it. */
export type CandidateFlag =
  | 'year-from-article-date'
  | 'relative-year'
  | 'year-from-previous-sentence'
  | 'country-from-article'
  | 'country-uncertain'
  | 'amount-range'
  | 'qualifier-nearly'
  | 'qualifier-more-than'
  | 'qualifier-about'
  | 'currency-assumed'
  | 'planned'
  | 'undated'
  | 'translation-template'
  | 'more-precise-date'
  | 'less-precise-date'
  | 'sources-disagree';

/** One proposed fact: a record of the dataset's shape, the verbatim passage it rests on and its span in the cleaned text. */
export interface ImportCandidate {
  record: RelationsRecord;
  passage: string;
  span: [number, number];
  flags: CandidateFlag[];
  duplicateOf: string | null;
}

/** Text ours to translate: the English is a template translation, marked `ours`. */
export const ours = (vi: string, en: string): BilingualText => ({ vi, en, translation: 'ours' });

/** The citation of a candidate: the article, the passage, and how a year not in the text was found. */
export function candidateSource(article: ImportedArticle, passage: string, dates: readonly (DateMention | undefined)[]): Source {
  const fromArticle = dates.some((d) => d?.year === 'article-date');
  const relative = dates.some((d) => d?.year === 'relative');
  const year = dates.find((d) => d?.date)?.date?.slice(0, 4);
  const inference = fromArticle
    ? ours(
        `Đoạn trích không ghi năm; năm ${year} lấy theo ngày đăng bài (${article.date}).`,
        `The passage gives no year; ${year} is taken from the article's date (${article.date}).`,
      )
    : relative
      ? ours(`Năm ${year} suy ra từ cách nói tương đối trong bài, tính theo ngày đăng (${article.date}).`, `The year ${year} is read from a relative expression, counted from the article's date (${article.date}).`)
      : undefined;
  return { article: article.id, passage, confidence: fromArticle || relative ? 'medium' : 'high', ...(inference ? { inference } : {}) };
}

/** Flags for the years of the dates a candidate uses. */
export function yearFlags(dates: readonly (DateMention | undefined)[]): CandidateFlag[] {
  const flags: CandidateFlag[] = [];
  if (dates.some((d) => d?.year === 'article-date')) flags.push('year-from-article-date');
  if (dates.some((d) => d?.year === 'relative')) flags.push('relative-year');
  return flags;
}

/** A record id: country, kind, date and a short hash of the passage, so one article never repeats an id. */
export function candidateId(country: string, kind: string, date: string | undefined, passage: string, salt = ''): string {
  let hash = 0;
  for (const char of passage + salt) hash = (hash * 31 + char.codePointAt(0)!) >>> 0;
  return [country.toLowerCase(), kind, date ?? 'undated', hash.toString(36).slice(0, 5)].join('-');
}
