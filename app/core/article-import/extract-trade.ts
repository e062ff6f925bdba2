import { countryName, passageOf, type CandidateExtractor, type ExtractContext } from './extract-context';
import type { Money } from '../../shared/records/money-schema';
import type { FactUnit } from './fact-unit';
import type { MoneyMention } from './find-money';
import { candidateId, candidateSource, ours, yearFlags, type CandidateFlag, type ImportCandidate } from './import-candidate';

const TRADE = /kim ngạch|thương mại (?:hai chiều|song phương)|trao đổi thương mại|xuất khẩu|nhập khẩu|trade|exports?|imports?|turnover/iu;
const TARGET_CUE = /mục tiêu|phấn đấu|hướng tới|đặt ra|nâng (?:tổng )?kim ngạch|target|aim(?:s|ed|ing)? (?:to|for|at)|goal|seek(?:s|ing)? to/iu;
const AVERAGE = /^\s*\/\s*(?:năm|year)|^\s*(?:mỗi năm|a year|per year|annually)/iu;
const FLOWS: [RegExp, 'vn-exports' | 'vn-imports' | 'turnover'][] = [
  [/(?:xuất khẩu|exports?)(?: của)? (?:Việt Nam|Vietnam)|(?:Việt Nam|Vietnam)(?:'s)? (?:xuất khẩu|exports?)|(?:nhập khẩu|imports?) (?:từ|from) (?:Việt Nam|Vietnam)|xuất khẩu (?:sang|vào|to)/iu, 'vn-exports'],
  [/(?:nhập khẩu|imports?)(?: của)? (?:Việt Nam|Vietnam)|(?:Việt Nam|Vietnam)(?:'s)? (?:nhập khẩu|imports?)|(?:nhập khẩu|imports?) (?:từ|from)|xuất khẩu (?:của [^,;]{2,30} )?(?:sang|vào|to) (?:Việt Nam|Vietnam)/iu, 'vn-imports'],
  [/kim ngạch|thương mại|trao đổi|hai chiều|trade|turnover/iu, 'turnover'],
];
const PERIOD = /(\d+)\s+tháng(?: đầu)?(?: năm)?|quý\s+(I{1,3}|IV|\d)|(?:first|the first)\s+(\w+)\s+months|(?:first|second) half|nửa đầu năm|6 tháng đầu năm/iu;

/** The amount as a record holds it, hedged as the source hedges it ("hơn", "gần", "khoảng"); USD when the sentence names no currency. */
const amountOf = (money: MoneyMention): Money => ({ value: money.value, currency: money.currency ?? 'USD', ...(money.qualifier ? { qualifier: money.qualifier } : {}) });

/** The flow of the figure: the cue nearest before it. */
function flowOf(before: string): 'vn-exports' | 'vn-imports' | 'turnover' {
  let best: { at: number; flow: 'vn-exports' | 'vn-imports' | 'turnover' } | undefined;
  for (const [pattern, flow] of FLOWS) {
    const global = new RegExp(pattern.source, 'giu');
    for (const m of before.matchAll(global)) {
      const at = m.index + m[0].length;
      if (!best || at > best.at || (at === best.at && flow !== 'turnover')) best = { at, flow };
    }
  }
  return best?.flow ?? 'turnover';
}

/** The figure's year: an event date right after it ("4,5 triệu USD năm 2022"), else the nearest before it in its clause (the caller falls back on the sentence before, flagged). */
function yearOf(unit: FactUnit, money: MoneyMention) {
  const dates = unit.dates.filter((d) => d.role === 'event' && d.date && !d.dateEnd);
  const after = dates.find((d) => d.start >= money.end && d.start - money.end <= 25 && !/[;]/.test(unit.text.slice(money.end, d.start)));
  if (after) return after;
  return dates.filter((d) => d.end <= money.start && !/;/.test(unit.text.slice(d.end, money.start))).at(-1);
}

function isTarget(unit: FactUnit, money: MoneyMention): boolean {
  if (TARGET_CUE.test(unit.text.slice(Math.max(0, money.start - 80), money.start))) return true;
  return unit.dates.some((d) => d.role === 'target' && d.start >= money.end && d.start - money.end <= 25);
}

const isComparison = (unit: FactUnit, money: MoneyMention) => /(?:so với|compared (?:with|to)|up from|down from)[^,;]{0,20}$/iu.test(unit.text.slice(0, money.start));

function tradeCandidate(unit: FactUnit, money: MoneyMention, context: ExtractContext): ImportCandidate | undefined {
  if (isTarget(unit, money) || isComparison(unit, money) || AVERAGE.test(unit.text.slice(money.end))) return undefined;
  const own = yearOf(unit, money);
  const previous = own ? undefined : context.previous(unit);
  const date = own ?? (previous && TRADE.test(previous.text) ? previous.dates.filter((d) => d.role === 'event' && d.date).at(-1) : undefined);
  const place = context.place(unit);
  if (!date || !place) return undefined;
  const year = Number(date.date!.slice(0, 4));
  const flow = flowOf(unit.text.slice(0, money.start));
  const period = PERIOD.exec(unit.text.slice(0, money.start));
  const flags: CandidateFlag[] = [...place.flags, ...yearFlags([date]), 'translation-template'];
  if (!own) flags.push('year-from-previous-sentence');
  if (money.qualifier) flags.push(`qualifier-${money.qualifier}`);
  if (money.high !== undefined) flags.push('amount-range');
  if (!money.currency) flags.push('currency-assumed');
  const currency = money.currency ?? 'USD';
  const { passage, span } = passageOf(unit);
  const flowVi = { turnover: 'Kim ngạch thương mại', 'vn-exports': 'Xuất khẩu của Việt Nam', 'vn-imports': 'Nhập khẩu của Việt Nam' }[flow];
  const flowEn = { turnover: 'Trade', 'vn-exports': "Vietnam's exports", 'vn-imports': "Vietnam's imports" }[flow];
  const amountText = unit.text.slice(money.start, money.end);
  return {
    record: {
      id: candidateId(place.country, 'trade', String(year), passage, `${flow}${money.start}`),
      country: place.country, kind: 'trade', date: String(year), year, flow,
      amount: amountOf(money),
      ...(period ? { period: ours(period[0], period[0]) } : {}),
      title: ours(`${flowVi} năm ${year}`, `${flowEn} in ${year}`),
      summary: ours(passage, `${flowEn} with ${countryName(place.country, 'en')} in ${year}: ${money.qualifier ? `${money.qualifier.replace('-', ' ')} ` : ''}${currency} ${money.value.toLocaleString('en')} (${amountText}).`),
      sources: [candidateSource(context.article, passage, [date])],
    },
    passage, span, flags, duplicateOf: null,
  };
}

const INVESTMENT = /đầu tư|vốn (?:đăng ký|FDI)|FDI|invest(?:ment|ed|s)?/iu;
const PROJECTS = /(\d+)\s+(?:dự án|projects?)/iu;
const RANK = /(?:đứng|xếp)(?: thứ| hạng)\s+(\d+)\s*(?:\/|trên|trong(?: số)?|trong tổng số)\s*(\d+)|rank(?:s|ed)? (\d+)(?:st|nd|rd|th)? (?:of|out of|among) (\d+)/iu;
const FROM_VIETNAM = /(?:Việt Nam|Vietnam)(?: có)?[^.;]{0,40}(?:đầu tư (?:sang|tại|vào)|invest(?:ed|s)? in)/iu;

/** An investment stock or project: direction, projects, registered capital, rank among investors. */
function investmentCandidate(unit: FactUnit, context: ExtractContext): ImportCandidate | undefined {
  if (!INVESTMENT.test(unit.text) || !/dự án|vốn|FDI|project|capital/iu.test(unit.text)) return undefined;
  const projects = PROJECTS.exec(unit.text);
  const rank = RANK.exec(unit.text);
  const capital = unit.money.find((m) => !isTarget(unit, m));
  if (!projects && !capital) return undefined;
  const place = context.place(unit);
  if (!place) return undefined;
  const date = unit.dates.find((d) => d.role === 'event' && d.date);
  const direction = FROM_VIETNAM.test(unit.text) ? 'from-vietnam' : 'into-vietnam';
  const { passage, span } = passageOf(unit);
  const rankValues = rank ? [Number(rank[1] ?? rank[3]), Number(rank[2] ?? rank[4])] : undefined;
  const name = countryName(place.country, 'en');
  return {
    record: {
      id: candidateId(place.country, 'investment', date?.date, passage), country: place.country, kind: 'investment', direction,
      ...(date ? { date: date.date } : {}),
      ...(projects ? { projects: Number(projects[1]) } : {}),
      ...(capital ? { capital: amountOf(capital) } : {}),
      ...(rankValues && rankValues[0]! > 0 && rankValues[1]! > 0 ? { rank: rankValues[0], rankOutOf: rankValues[1] } : {}),
      title: ours(direction === 'into-vietnam' ? 'Đầu tư vào Việt Nam' : 'Đầu tư của Việt Nam', direction === 'into-vietnam' ? `${name}'s investment in Vietnam` : `Vietnam's investment in ${name}`),
      summary: ours(passage, `${direction === 'into-vietnam' ? `${name}'s investment in Vietnam` : `Vietnam's investment in ${name}`}${projects ? `: ${projects[1]} project(s)` : ''}${capital ? `, ${capital.currency ?? 'USD'} ${capital.value.toLocaleString('en')}` : ''}.`),
      sources: [candidateSource(context.article, passage, [date])],
    },
    passage, span, flags: [...place.flags, ...yearFlags([date]), ...(date ? [] : ['undated' as const]), ...(capital && !capital.currency ? ['currency-assumed' as const] : []), 'translation-template'], duplicateOf: null,
  };
}

/**
 * Trade figures (flow, year, amount, currency, qualifier, part of the year), one per amount: never a
 * target ("1,5 tỷ USD vào năm 2030"), a comparison base or an average over years; and investment.
 */
export const extractTrade: CandidateExtractor = (unit, context) => {
  const investment = investmentCandidate(unit, context);
  if (investment) return [investment];
  if (!TRADE.test(unit.text)) return [];
  return unit.money.flatMap((money) => tradeCandidate(unit, money, context) ?? []);
};
