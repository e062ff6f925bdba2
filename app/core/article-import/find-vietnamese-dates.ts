import { classifyDateRole } from './date-role';
import { partialDate, yearForYearless, type ArticleDateContext, type DateMention, type YearSource } from './date-mention';

interface RawDate {
  start: number;
  end: number;
  year?: number;
  month?: number;
  day?: number;
  endYear?: number;
  endMonth?: number;
  endDay?: number;
  /** Set by the anniversary-span and term patterns, which say what the date is. */
  role?: 'anniversary' | 'term' | 'comparison';
  relativeYears?: number;
}

const D = String.raw`(\d{1,2})`;
const Y = String.raw`((?:19|20)\d{2})`;
const SEP = String.raw`\s*[-–—]\s*`;
const NO_DIGIT_BEFORE = String.raw`(?<![\d/.,])`;
const NO_DIGIT_AFTER = String.raw`(?![\d/]|[.,]\d)`;

/** Each pattern, most specific first; a later pattern never takes characters an earlier one matched. */
const patterns: { regex: RegExp; read: (m: RegExpExecArray) => Omit<RawDate, 'start' | 'end'> }[] = [
  // (16/6/1994-16/6/2024): an anniversary span, not an event date.
  { regex: new RegExp(String.raw`\(${D}/${D}/${Y}${SEP}${D}/${D}/${Y}\)`, 'gu'),
    read: (m) => ({ day: +m[1]!, month: +m[2]!, year: +m[3]!, endDay: +m[4]!, endMonth: +m[5]!, endYear: +m[6]!, role: 'anniversary' }) },
  { regex: new RegExp(String.raw`\(${Y}${SEP}${Y}\)`, 'gu'), read: (m) => ({ year: +m[1]!, endYear: +m[2]!, role: 'anniversary' }) },
  // nhiệm kỳ 2008-2009
  { regex: new RegExp(String.raw`(?<=nhiệm kỳ\s*)${Y}${SEP}${Y}`, 'giu'), read: (m) => ({ year: +m[1]!, endYear: +m[2]!, role: 'term' }) },
  // ngày 23 tháng 9 năm 1992
  { regex: new RegExp(String.raw`(?:ngày\s+)?${D}\s+tháng\s+${D}\s+năm\s+${Y}`, 'giu'), read: (m) => ({ day: +m[1]!, month: +m[2]!, year: +m[3]! }) },
  // 18/5 - 20/5/2014, 30/8 đến 2/9
  { regex: new RegExp(String.raw`${NO_DIGIT_BEFORE}${D}/${D}\s*(?:[-–—]|đến(?: ngày)?)\s*${D}/${D}(?:/${Y})?${NO_DIGIT_AFTER}`, 'giu'),
    read: (m) => ({ day: +m[1]!, month: +m[2]!, endDay: +m[3]!, endMonth: +m[4]!, year: m[5] ? +m[5] : undefined }) },
  // ngày 6 và 7/3/2025, 20–22/8, từ ngày 2-5/4/2025, từ 18 đến 20/5/2014
  { regex: new RegExp(String.raw`${NO_DIGIT_BEFORE}${D}\s*(?:và|[-–—]|đến(?: ngày)?)\s*${D}[/.]${D}(?:[/.]${Y})?${NO_DIGIT_AFTER}`, 'giu'),
    read: (m) => ({ day: +m[1]!, endDay: +m[2]!, month: +m[3]!, year: m[4] ? +m[4] : undefined }) },
  // 30/01/1950, 30-1-1950, 8.12.2023
  { regex: new RegExp(String.raw`${NO_DIGIT_BEFORE}${D}([/.-])${D}\2${Y}(?!\d)`, 'gu'), read: (m) => ({ day: +m[1]!, month: +m[3]!, year: +m[4]! }) },
  // ngày 19/7 (no year)
  { regex: new RegExp(String.raw`${NO_DIGIT_BEFORE}${D}/${D}${NO_DIGIT_AFTER}`, 'gu'), read: (m) => ({ day: +m[1]!, month: +m[2]! }) },
  // tháng 3/2009, tháng 3 năm 2009, tháng 3 (no year)
  { regex: new RegExp(String.raw`tháng\s+${D}(?:\s*(?:/|năm)\s*${Y})?(?![\d/])`, 'giu'), read: (m) => ({ month: +m[1]!, year: m[2] ? +m[2] : undefined }) },
  // cùng kỳ (the same period of the year before): a comparison base
  { regex: /cùng kỳ(?!\s+năm)/giu, read: () => ({ relativeYears: -1, role: 'comparison' }) },
  // năm ngoái, năm nay
  { regex: /năm (ngoái|trước|nay)/giu, read: (m) => ({ relativeYears: m[1]!.toLowerCase() === 'nay' ? 0 : -1 }) },
  // năm 2023, các năm 1957 và 1961, 2013
  { regex: new RegExp(String.raw`(?<![\d/.,-])${Y}(?![\d/]|[.,]\d)`, 'gu'), read: (m) => ({ year: +m[1]! }) },
];

function findRawDates(text: string): RawDate[] {
  const taken: [number, number][] = [];
  const found: RawDate[] = [];
  for (const { regex, read } of patterns) {
    regex.lastIndex = 0;
    for (let m = regex.exec(text); m; m = regex.exec(text)) {
      const start = m.index;
      const end = start + m[0].length;
      if (taken.some(([a, b]) => start < b && end > a)) continue;
      taken.push([start, end]);
      found.push({ start, end, ...read(m) });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/** The mention of one raw date: its year from the text, else from the article's date (flagged). */
function resolve(raw: RawDate, text: string, context: ArticleDateContext): DateMention | undefined {
  const outOfRange = (value: number | undefined, max: number) => value !== undefined && (value < 1 || value > max);
  if (outOfRange(raw.month, 12) || outOfRange(raw.endMonth, 12) || outOfRange(raw.day, 31) || outOfRange(raw.endDay, 31)) return undefined;
  const articleYear = context.date ? Number(context.date.slice(0, 4)) : undefined;
  let year = raw.year;
  let source: YearSource = 'text';
  if (raw.relativeYears !== undefined) {
    year = articleYear === undefined ? undefined : articleYear + raw.relativeYears;
    source = 'relative';
  } else if (year === undefined) {
    year = yearForYearless(raw.month ?? 1, context);
    source = 'article-date';
  }
  const date = year === undefined ? undefined : partialDate(year, raw.month, raw.day);
  if (year !== undefined && date === undefined) return undefined;
  const endYear = raw.endYear ?? (year !== undefined && raw.endMonth !== undefined && raw.month !== undefined && raw.endMonth < raw.month ? year + 1 : year);
  const hasEnd = raw.endDay !== undefined || raw.endYear !== undefined;
  const dateEnd = hasEnd && endYear !== undefined ? partialDate(endYear, raw.endMonth ?? raw.month, raw.endDay) : undefined;
  if (hasEnd && endYear !== undefined && dateEnd === undefined) return undefined;
  const role = raw.role ?? classifyDateRole(text.slice(0, raw.start), text, year, articleYear);
  return { start: raw.start, end: raw.end, date, dateEnd, role, year: source };
}

/** Every date a Vietnamese sentence states, with what it is to the sentence and where its year came from. */
export function findVietnameseDates(text: string, context: ArticleDateContext): DateMention[] {
  return findRawDates(text).flatMap((raw) => resolve(raw, text, context) ?? []);
}
