import type { ArticleDateContext } from './date-mention';
import { extractAgreements } from './extract-agreements';
import { PLANNED, type CandidateExtractor, type ExtractContext } from './extract-context';
import { extractRelations } from './extract-relations';
import { extractTrade } from './extract-trade';
import { extractVisits } from './extract-visits';
import { readFactUnits } from './fact-unit';
import type { ImportCandidate } from './import-candidate';
import { articlePartners, placeFact } from './place-fact';
import type { ReadArticle } from './read-article';
import { recognizeCountries } from './recognize-countries';

const extractors: readonly CandidateExtractor[] = [extractRelations, extractVisits, extractTrade, extractAgreements];

/** Two candidates state the same fact: same country, kind, date and (visits) principal or (trade) flow and amount. */
function sameFact(a: ImportCandidate, b: ImportCandidate): boolean {
  const x = a.record;
  const y = b.record;
  if (x.country !== y.country || x.kind !== y.kind || x.date !== y.date) return false;
  if (x.kind === 'visit' && y.kind === 'visit') return x.principal.name.vi === y.principal.name.vi;
  if (x.kind === 'trade' && y.kind === 'trade') return x.flow === y.flow && x.amount.value === y.amount.value;
  if (x.kind === 'agreement' && y.kind === 'agreement') return x.title.vi === y.title.vi;
  return x.date !== undefined;
}

/**
 * Every fact the article's main text states, one candidate each, placed in a country: relations and
 * frameworks, visits, trade and investment, agreements, mechanism sessions and milestones. A fact
 * repeated later in the article (a summary paragraph) is proposed once, from its first passage.
 */
export function proposeCandidates(read: ReadArticle): ImportCandidate[] {
  const dateContext: ArticleDateContext = { date: read.article.date };
  const units = readFactUnits(read.cleaned.blocks, read.article.language, dateContext);
  const partners = articlePartners(read.article.title, units, recognizeCountries(read.article.title).map((c) => c.code));
  const context: ExtractContext = {
    article: read.article,
    place: (unit) => placeFact(unit, units, partners),
    previous: (unit) => units.filter((u) => u.end <= unit.start).at(-1),
  };
  const candidates: ImportCandidate[] = [];
  for (const unit of units) {
    for (const extractor of extractors) {
      for (const candidate of extractor(unit, context)) {
        if (candidates.some((kept) => sameFact(kept, candidate))) continue;
        if (candidate.record.kind !== 'visit' && PLANNED.test(candidate.passage)) candidate.flags.push('planned');
        if (candidate.flags.includes('planned')) candidate.record.status = 'planned';
        candidates.push(candidate);
      }
    }
  }
  return candidates;
}
