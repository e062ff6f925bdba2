import type { KeptBlock } from './article-blocks';
import type { DateMention, ArticleDateContext } from './date-mention';
import { findEnglishDates } from './find-english-dates';
import { findMoney, type MoneyMention } from './find-money';
import { findPeople, type PersonMention } from './find-people';
import { findVietnameseDates } from './find-vietnamese-dates';
import { namesOrganisation, recognizeCountries, type CountryMention } from './recognize-countries';
import { splitSentences } from './split-sentences';

/** A sentence of the article's main text with everything the extractors read in it (offsets relative to `text`). */
export interface FactUnit {
  text: string;
  /** Where the sentence sits in the cleaned text. */
  start: number;
  end: number;
  dates: DateMention[];
  money: MoneyMention[];
  countries: CountryMention[];
  people: PersonMention[];
  namesOrganisation: boolean;
  /** Index of the block the sentence is in, to place it by its neighbours. */
  block: number;
}

/** Only paragraphs and list items propose records: headings, captions and quotes of teasers never do. */
const FACT_ROLES = new Set(['paragraph', 'list-item']);

/** The sentences of the article's paragraphs, each read for dates, money, countries and people. */
export function readFactUnits(blocks: readonly KeptBlock[], language: 'vi' | 'en', context: ArticleDateContext): FactUnit[] {
  const findDates = language === 'vi' ? findVietnameseDates : findEnglishDates;
  const units: FactUnit[] = [];
  blocks.forEach((block, index) => {
    if (!FACT_ROLES.has(block.role)) return;
    for (const sentence of splitSentences(block.text, language, block.start)) {
      units.push({
        text: sentence.text,
        start: sentence.start,
        end: sentence.end,
        dates: findDates(sentence.text, context),
        money: findMoney(sentence.text, language),
        countries: recognizeCountries(sentence.text),
        people: findPeople(sentence.text),
        namesOrganisation: namesOrganisation(sentence.text),
        block: index,
      });
    }
  });
  return units;
}

/** A part of a unit (a clause of a list sentence) as a unit of its own, offsets moved. */
export function subUnit(unit: FactUnit, start: number, end: number): FactUnit {
  const inside = <T extends { start: number; end: number }>(items: T[]) =>
    items.filter((x) => x.start >= start && x.end <= end).map((x) => ({ ...x, start: x.start - start, end: x.end - start }));
  const text = unit.text.slice(start, end);
  return {
    ...unit,
    text,
    start: unit.start + start,
    end: unit.start + end,
    dates: inside(unit.dates),
    money: inside(unit.money),
    countries: inside(unit.countries),
    people: inside(unit.people),
    namesOrganisation: namesOrganisation(text),
  };
}

/** The clauses of a list sentence ("…(tháng 3/2009); …(tháng 2/2014); …"), trimmed; the unit itself when it is not one. */
export function listClauses(unit: FactUnit): FactUnit[] {
  const parts = unit.text.split(';');
  if (parts.length < 2) return [unit];
  const clauses: FactUnit[] = [];
  let at = 0;
  for (const part of parts) {
    const lead = part.length - part.trimStart().length;
    const trimmed = part.trim().replace(/[.]$/u, '');
    if (trimmed !== '') clauses.push(subUnit(unit, at + lead, at + lead + trimmed.length));
    at += part.length + 1;
  }
  return clauses.every((c) => c.dates.some((d) => d.role === 'event')) ? clauses : [unit];
}
