/** What a date in a sentence is to the fact the sentence states. */
export type DateRole =
  /** When the thing happened (or starts). */
  | 'event'
  /** An anniversary span "(16/6/1994-16/6/2024)": not the date of the event the sentence reports. */
  | 'anniversary'
  /** A base of comparison: "so với cùng kỳ năm 2023". */
  | 'comparison'
  /** A target: "1,5 tỷ USD vào năm 2030". */
  | 'target'
  /** A start of a period: "kể từ khi nhậm chức năm 2019". */
  | 'since'
  /** A term of office: "nhiệm kỳ 2008-2009". */
  | 'term';

/** How the year of a date was known. */
export type YearSource = 'text' | 'article-date' | 'relative';

/** A date found in a sentence, offsets relative to the sentence. */
export interface DateMention {
  start: number;
  end: number;
  /** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; absent when the text gives no year and the article has no date. */
  date?: string;
  dateEnd?: string;
  role: DateRole;
  year: YearSource;
}

/** The article's own date, which yearless dates ("ngày 19/7") take their year from. */
export interface ArticleDateContext {
  /** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, or undefined when the page has none and `--date` was not given. */
  date?: string;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** A partial date string from its parts; `undefined` for impossible days or months. */
export function partialDate(year: number, month?: number, day?: number): string | undefined {
  if (year < 1900 || year > 2100) return undefined;
  if (month === undefined) return String(year);
  if (month < 1 || month > 12) return undefined;
  if (day === undefined) return `${year}-${pad(month)}`;
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day < 1 || day > days) return undefined;
  return `${year}-${pad(month)}-${pad(day)}`;
}

/**
 * The year a yearless day or month takes: the article's year, or the one before when the month lies after
 * the article's month (an article of March mentioning "20/12" reports last December).
 */
export function yearForYearless(month: number, context: ArticleDateContext): number | undefined {
  if (!context.date) return undefined;
  const year = Number(context.date.slice(0, 4));
  const articleMonth = context.date.length >= 7 ? Number(context.date.slice(5, 7)) : undefined;
  return articleMonth !== undefined && month > articleMonth ? year - 1 : year;
}
