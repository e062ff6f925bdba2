import * as chrono from 'chrono-node';
import { classifyDateRole } from './date-role';
import { partialDate, yearForYearless, type ArticleDateContext, type DateMention } from './date-mention';

type ParsedComponents = chrono.ParsedResult['start'];

function componentsDate(parts: ParsedComponents, context: ArticleDateContext): { date?: string; fromArticle: boolean } {
  const month = parts.isCertain('month') ? parts.get('month') ?? undefined : undefined;
  const day = month !== undefined && parts.isCertain('day') ? parts.get('day') ?? undefined : undefined;
  if (parts.isCertain('year')) return { date: partialDate(parts.get('year')!, month, day), fromArticle: false };
  if (month === undefined) return { fromArticle: true };
  const year = yearForYearless(month, context);
  return { date: year === undefined ? undefined : partialDate(year, month, day), fromArticle: true };
}

/** A bare year ("in 2023") chrono leaves alone. */
const YEAR = /(?<![\d.,-])(?:19|20)\d{2}(?![\d]|[.,]\d)/gu;

/** Every date an English sentence states, read by chrono-node, with what it is to the sentence. */
export function findEnglishDates(text: string, context: ArticleDateContext): DateMention[] {
  const articleYear = context.date ? Number(context.date.slice(0, 4)) : undefined;
  const reference = context.date ? new Date(`${context.date.padEnd(10, '-01').slice(0, 10)}T12:00:00Z`) : new Date(Date.UTC(2000, 0, 1));
  const mentions: DateMention[] = [];
  for (const result of chrono.en.parse(text, reference)) {
    const start = componentsDate(result.start, context);
    if (!result.start.isCertain('month') && !result.start.isCertain('year')) continue;
    const end = result.end ? componentsDate(result.end, context) : undefined;
    const year = start.date ? Number(start.date.slice(0, 4)) : undefined;
    mentions.push({
      start: result.index,
      end: result.index + result.text.length,
      date: start.date,
      dateEnd: end?.date,
      role: classifyDateRole(text.slice(0, result.index), text, year, articleYear),
      year: start.fromArticle ? 'article-date' : 'text',
    });
  }
  for (const m of text.matchAll(YEAR)) {
    const at = m.index;
    if (mentions.some((x) => at >= x.start && at < x.end)) continue;
    const year = Number(m[0]);
    mentions.push({ start: at, end: at + 4, date: m[0], role: classifyDateRole(text.slice(0, at), text, year, articleYear), year: 'text' });
  }
  return mentions.sort((a, b) => a.start - b.start);
}
