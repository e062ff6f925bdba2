import { isPartialDate } from '../records/partial-date';

export type DatePrecision = 'year' | 'month' | 'day';

const pad = (n: string | number) => String(n).padStart(2, '0');

/** "jan", "january", "sep", "sept", "september" … → 1 … 12, from CLDR through Intl. */
const ENGLISH_MONTHS = new Map<string, number>([['sept', 9]]);
for (let month = 1; month <= 12; month += 1) {
  const date = new Date(Date.UTC(2000, month - 1, 1));
  for (const style of ['long', 'short'] as const) {
    ENGLISH_MONTHS.set(new Intl.DateTimeFormat('en-US', { month: style, timeZone: 'UTC' }).format(date).toLowerCase(), month);
  }
}

const SEPARATOR = String.raw`\s*[/.\-\s]\s*`;
const NUMERIC_DAY = new RegExp(String.raw`^(\d{1,2})${SEPARATOR}(\d{1,2})${SEPARATOR}(\d{4})$`);
const NUMERIC_MONTH = new RegExp(String.raw`^(\d{1,2})${SEPARATOR}(\d{4})$`);
const ISO = /^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$/;
const VIETNAMESE = /^(?:ngày\s*(\d{1,2})\s*,?\s*)?tháng\s*(\d{1,2})\s*(?:,|\/|năm)?\s*(\d{4})$/;
const ENGLISH_DAY_FIRST = /^(\d{1,2})(?:st|nd|rd|th)?\s+([a-z]+)\.?,?\s+(\d{4})$/;
const ENGLISH_MONTH_FIRST = /^([a-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$/;
const ENGLISH_MONTH = /^([a-z]+)\.?,?\s+(\d{4})$/;

function toIso(year: string, month?: string | number, day?: string | number): string | undefined {
  const value = [year, month === undefined ? undefined : pad(month), day === undefined ? undefined : pad(day)].filter(Boolean).join('-');
  return isPartialDate(value) ? value : undefined;
}

function englishMonth(name: string): number | undefined {
  return ENGLISH_MONTHS.get(name);
}

/**
 * A date as an officer types it, read day first in both languages (the app's convention: 12/01/2026 is
 * 12 January), as `YYYY-MM-DD`, `YYYY-MM` or `YYYY`; undefined when it names no real date. Accepts what
 * `formatPartialDate` writes ("23/09/1992", "tháng 9 năm 2009", "23 Sep 1992", "Sep 2009", "2001"),
 * other separators ("23.9.1992", "23-9-1992"), English month names and ISO dates.
 */
export function parseTypedDate(text: string): string | undefined {
  const typed = text.normalize('NFC').trim().toLowerCase().replace(/\s+/g, ' ');
  let match: RegExpExecArray | null;
  if ((match = ISO.exec(typed))) return toIso(match[1] ?? '', match[2], match[3]);
  if (/^\d{4}$/.test(typed)) return toIso(typed);
  if ((match = NUMERIC_DAY.exec(typed))) return toIso(match[3] ?? '', match[2], match[1]);
  if ((match = NUMERIC_MONTH.exec(typed))) return toIso(match[2] ?? '', match[1]);
  if ((match = VIETNAMESE.exec(typed))) return toIso(match[3] ?? '', match[2], match[1]);
  if ((match = ENGLISH_DAY_FIRST.exec(typed))) {
    const month = englishMonth(match[2] ?? '');
    return month ? toIso(match[3] ?? '', month, match[1]) : undefined;
  }
  if ((match = ENGLISH_MONTH_FIRST.exec(typed))) {
    const month = englishMonth(match[1] ?? '');
    return month ? toIso(match[3] ?? '', month, match[2]) : undefined;
  }
  if ((match = ENGLISH_MONTH.exec(typed))) {
    const month = englishMonth(match[1] ?? '');
    return month ? toIso(match[2] ?? '', month) : undefined;
  }
  return undefined;
}

/** How precise a stored date is: `2001` a year, `2009-09` a month, `1992-09-23` a day. */
export function datePrecision(value: string): DatePrecision {
  const parts = value.split('-').length;
  return parts === 1 ? 'year' : parts === 2 ? 'month' : 'day';
}
