import type { DateRole } from './date-mention';

/** A comparison cue and then, up to the date, no punctuation and no other year. */
const COMPARISON_BEFORE = /(?:so với|cùng kỳ|compared (?:with|to)|up from|down from|versus|year-on-year)(?:(?![,;.]|\d{4}).){0,40}$/iu;
const TARGET_BEFORE = /(?:(?:đến|tới|trước)\s+năm|by(?: the year)?|target(?:s|ed)?(?: of)?(?: for)?|(?:mục tiêu|phấn đấu|hướng tới)[^.;]{0,60}?(?:vào|đến|tới)?\s*năm)\s*$/iu;
const TARGET_CUE = /mục tiêu|phấn đấu|hướng tới|nâng kim ngạch|nâng tổng kim ngạch|target|aim(?:s|ed)? to|goal/iu;
const SINCE_BEFORE = /(?:kể từ|từ khi|since)\b[^.;,]{0,60}$/iu;
const OFFICE_CUE = /nhậm chức|lên nắm quyền|đắc cử|took office|taking office|came to power|was elected/iu;
const TERM_BEFORE = /(?:nhiệm kỳ|term(?: of)?|for the)\s*$/iu;
const FUTURE_VISIT_BEFORE = /vào năm\s*$/iu;

/**
 * What a date is to its sentence, from the words just before it: a comparison base, a target, the start
 * of a period, a term, or the event itself. `year` is the date's year when known, `articleYear` the
 * article's, so that "vào năm 2030" in a 2024 article reads as a target.
 */
export function classifyDateRole(before: string, sentence: string, year: number | undefined, articleYear: number | undefined): DateRole {
  const near = before.slice(-80);
  if (TERM_BEFORE.test(near)) return 'term';
  if (COMPARISON_BEFORE.test(near)) return 'comparison';
  if (SINCE_BEFORE.test(near) && OFFICE_CUE.test(near)) return 'since';
  if (TARGET_BEFORE.test(near) && (year === undefined || articleYear === undefined || year >= articleYear)) return 'target';
  const future = year !== undefined && articleYear !== undefined && year > articleYear;
  if (future && (TARGET_CUE.test(sentence) || FUTURE_VISIT_BEFORE.test(near))) return 'target';
  return 'event';
}
