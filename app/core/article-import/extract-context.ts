import type { FactUnit } from './fact-unit';
import type { ImportCandidate } from './import-candidate';
import type { Placement } from './place-fact';
import type { ImportedArticle } from './read-article';

/** What every kind's extractor is given for one sentence. */
export interface ExtractContext {
  article: ImportedArticle;
  /** Where the sentence's fact belongs, or undefined when it is about an organisation, not a partner. */
  place: (unit: FactUnit) => Placement | undefined;
  /** The sentence before this one in the article, if any. */
  previous: (unit: FactUnit) => FactUnit | undefined;
}

/** One kind's extractor: the candidates a sentence proposes. */
export type CandidateExtractor = (unit: FactUnit, context: ExtractContext) => ImportCandidate[];

const displayNames = { vi: new Intl.DisplayNames(['vi'], { type: 'region' }), en: new Intl.DisplayNames(['en'], { type: 'region' }) };

/** A country's name for a template title. */
export function countryName(code: string, language: 'vi' | 'en'): string {
  return displayNames[language].of(code) ?? code;
}

/** The passage and span of a unit: the cleaned text at `[start, end]`. */
export function passageOf(unit: FactUnit): Pick<ImportCandidate, 'passage' | 'span'> {
  return { passage: unit.text, span: [unit.start, unit.end] };
}

/** Event dates of a unit (not comparisons, targets, starts of office, terms or anniversary spans). */
export const eventDates = (unit: FactUnit) => unit.dates.filter((d) => d.role === 'event' && d.date !== undefined);

/** Mentions of what is planned rather than done. */
export const PLANNED = /sắp tới|dự kiến|sẽ (?:thăm|tiến hành|ký|tổ chức|diễn ra)|trước thềm|will (?:visit|pay|sign|hold)|is due to|is scheduled to|upcoming/iu;
