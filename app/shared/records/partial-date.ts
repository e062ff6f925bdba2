import { z } from 'zod';

const DATE_PATTERN = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** True when `value` is `YYYY`, `YYYY-MM` or `YYYY-MM-DD` naming a real calendar date. */
export function isPartialDate(value: string): boolean {
  const match = DATE_PATTERN.exec(value);
  if (!match) return false;
  const [, year, month, day] = match;
  if (month === undefined) return true;
  const m = Number(month);
  if (m < 1 || m > 12) return false;
  if (day === undefined) return true;
  const d = Number(day);
  const daysInMonth = new Date(Date.UTC(Number(year), m, 0)).getUTCDate();
  return d >= 1 && d <= daysInMonth;
}

/**
 * A date with its precision: `1992-09-23` (day), `2009-09` (month) or `2001` (year). The issues carry
 * `params.problem` (`malformed-date`, `impossible-date`) so a message can be said in the officer's language.
 */
export const partialDateSchema = z.string().superRefine((value, ctx) => {
  if (!DATE_PATTERN.test(value)) {
    ctx.addIssue({ code: 'custom', message: `malformed date '${value}' (expected YYYY, YYYY-MM or YYYY-MM-DD)`, params: { problem: 'malformed-date' } });
  } else if (!isPartialDate(value)) {
    ctx.addIssue({ code: 'custom', message: `impossible date ${value} (expected a real date)`, params: { problem: 'impossible-date' } });
  }
});
