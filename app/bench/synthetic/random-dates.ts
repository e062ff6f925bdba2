import type { SeededRandom } from './seeded-random';

export interface DrawnDate {
  /** With its precision: `2014-05-18`, `2014-05` or `2014`. */
  value: string;
  year: number;
  month: number | undefined;
  day: number | undefined;
}

const EN_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

const pad = (n: number) => String(n).padStart(2, '0');

/** A real date between two years; mostly to the day, some to the month or the year only. */
export function drawDate(random: SeededRandom, fromYear: number, toYear: number, precision = random.weighted({ day: 6, month: 2.5, year: 1.5 })): DrawnDate {
  const year = random.integer(fromYear, toYear);
  if (precision === 'year') return { value: String(year), year, month: undefined, day: undefined };
  const month = random.integer(1, 12);
  if (precision === 'month') return { value: `${year}-${pad(month)}`, year, month, day: undefined };
  const day = random.integer(1, new Date(Date.UTC(year, month, 0)).getUTCDate());
  return { value: `${year}-${pad(month)}-${pad(day)}`, year, month, day };
}

/** The day-precise date `days` after `date`. */
export function addDays(date: DrawnDate, days: number): DrawnDate {
  const shifted = new Date(Date.UTC(date.year, (date.month ?? 1) - 1, (date.day ?? 1) + days));
  const year = shifted.getUTCFullYear();
  const month = shifted.getUTCMonth() + 1;
  const day = shifted.getUTCDate();
  return { value: `${year}-${pad(month)}-${pad(day)}`, year, month, day };
}

/** `ngày 18/5/2014`, `tháng 5/2014`, `năm 2014`. */
export function vietnameseDate(date: DrawnDate): string {
  if (date.day !== undefined) return `ngày ${date.day}/${date.month}/${date.year}`;
  if (date.month !== undefined) return `tháng ${date.month}/${date.year}`;
  return `năm ${date.year}`;
}

/** `18 May 2014`, `May 2014`, `2014`. */
export function englishDate(date: DrawnDate): string {
  const month = date.month === undefined ? undefined : EN_MONTHS[date.month - 1];
  if (date.day !== undefined) return `${date.day} ${month} ${date.year}`;
  if (month !== undefined) return `${month} ${date.year}`;
  return String(date.year);
}

/** `on 18 May 2014`, `in May 2014`, `in 2014`. */
export function englishWhen(date: DrawnDate): string {
  return `${date.day === undefined ? 'in' : 'on'} ${englishDate(date)}`;
}
