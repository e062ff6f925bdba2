import type { AmountQualifier, Money } from '../records/money-schema';
import type { Language } from '../settings/settings-schema';

const LOCALES: Record<Language, string> = { vi: 'vi-VN', en: 'en-GB' };

function utcDate(year: number, month = 1, day = 1): Date {
  return new Date(Date.UTC(year, month - 1, day));
}

function englishParts(date: Date, withDay: boolean): string {
  // en-US spells the short month "Sep" where en-GB now writes "Sept"; the British order is kept.
  const parts = new Intl.DateTimeFormat('en-US', {
    ...(withDay ? { day: 'numeric' } : {}),
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  }).formatToParts(date);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return [withDay ? part('day') : '', part('month'), part('year')].filter(Boolean).join(' ');
}

/**
 * Formats a date stored with its precision (`1992-09-23`, `2009-09`, `2001`) for a language:
 * vi 23/09/1992, tháng 9 năm 2009, 2001; en 23 Sep 1992, Sep 2009, 2001.
 */
export function formatPartialDate(value: string, language: Language): string {
  const [year, month, day] = value.split('-').map(Number) as [number, number?, number?];
  if (month === undefined) return String(year);
  const date = utcDate(year, month, day ?? 1);
  if (language === 'en') return englishParts(date, day !== undefined);
  const options: Intl.DateTimeFormatOptions =
    day === undefined
      ? { month: 'long', year: 'numeric', timeZone: 'UTC' }
      : { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC' };
  return new Intl.DateTimeFormat(LOCALES.vi, options).format(date);
}

/** A span such as a visit of several days: `19/06/2024 – 20/06/2024`. */
export function formatDateSpan(start: string, end: string | undefined, language: Language): string {
  if (end === undefined || end === start) return formatPartialDate(start, language);
  return `${formatPartialDate(start, language)} – ${formatPartialDate(end, language)}`;
}

/** 13,5 triệu / 13.5 million: compact numbers in each language's conventions. */
export function formatCompactNumber(value: number, language: Language): string {
  return new Intl.NumberFormat(LOCALES[language], {
    notation: 'compact',
    compactDisplay: 'long',
    maximumFractionDigits: 1,
  }).format(value);
}

/** The words of `app:amountQualifier.*` in the amount's language (an i18next `t`). */
export type QualifierWords = (key: `app:amountQualifier.${AmountQualifier}`, options: { amount: string; interpolation: { escapeValue: false } }) => string;

/**
 * An amount of money, compact, with the currency where each language puts it and the qualifier the
 * source gives it: 13,5 triệu USD / USD 13.5 million; hơn 65 triệu USD / more than USD 65 million.
 */
export function formatMoney(amount: Money, language: Language, words: QualifierWords): string {
  const figure = formatCompactNumber(amount.value, language);
  const plain = language === 'vi' ? `${figure} ${amount.currency}` : `${amount.currency} ${figure}`;
  return qualifyAmount(plain, amount.qualifier, words);
}

/** A written amount with the source's qualifier, if any: "hơn 65 triệu" / "more than 65 million". */
export function qualifyAmount(written: string, qualifier: AmountQualifier | undefined, words: QualifierWords): string {
  if (qualifier === undefined) return written;
  return words(`app:amountQualifier.${qualifier}`, { amount: written, interpolation: { escapeValue: false } });
}

/** Whole numbers with grouping: 1.000 / 1,000. */
export function formatInteger(value: number, language: Language): string {
  return new Intl.NumberFormat(LOCALES[language], { maximumFractionDigits: 0 }).format(value);
}
