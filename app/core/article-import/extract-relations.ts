import { candidateId, candidateSource, ours, yearFlags, type ImportCandidate } from './import-candidate';
import { countryName, eventDates, passageOf, type CandidateExtractor } from './extract-context';
import type { FactUnit } from './fact-unit';

const RELATIONS = /(?:thiết lập|lập|chính thức thiết lập)\s+quan hệ ngoại giao|established diplomatic (?:relations|ties)|diplomatic (?:relations|ties) (?:were|was) established|establishment of diplomatic relations/giu;
const FRAMEWORKS: [RegExp, string, string][] = [
  [/Đối tác (?:hợp tác )?chiến lược toàn diện|Comprehensive Strategic Partnership/iu, 'Đối tác chiến lược toàn diện', 'Comprehensive Strategic Partnership'],
  [/Đối tác chiến lược|Strategic Partnership/iu, 'Đối tác chiến lược', 'Strategic Partnership'],
  [/Đối tác toàn diện|Comprehensive Partnership/iu, 'Đối tác toàn diện', 'Comprehensive Partnership'],
];
const FRAMEWORK_VERB = /(?:nâng cấp|nâng lên|nâng tầm|thiết lập|xác lập|ký(?: kết)?|trở thành|upgraded?|elevated?|established?|signed)[^.;]{0,60}$/iu;
const ANNIVERSARY_BEFORE = /kỷ niệm[^.;]{0,30}$|anniversary of[^.;]{0,10}$/iu;

/** Diplomatic relations established, dated by the first event date after the phrase (never an anniversary span). */
function relations(unit: FactUnit, context: Parameters<CandidateExtractor>[1]): ImportCandidate[] {
  RELATIONS.lastIndex = 0;
  for (const m of unit.text.matchAll(RELATIONS)) {
    if (ANNIVERSARY_BEFORE.test(unit.text.slice(0, m.index))) continue;
    const after = m.index + m[0].length;
    const date = unit.dates.find((d) => d.start >= after && d.start - after <= 40 && (d.role === 'event' || d.role === 'since') && d.date);
    const place = date && context.place(unit);
    if (!date || !place) continue;
    const { passage, span } = passageOf(unit);
    const id = candidateId(place.country, 'relations', date.date, passage);
    return [{
      record: {
        id, country: place.country, kind: 'relations', date: date.date!,
        title: ours('Thiết lập quan hệ ngoại giao', 'Diplomatic relations established'),
        summary: ours(passage, `Vietnam and ${countryName(place.country, 'en')} established diplomatic relations (${date.date}).`),
        sources: [candidateSource(context.article, passage, [date])],
      },
      passage, span, flags: [...place.flags, ...yearFlags([date]), 'translation-template'], duplicateOf: null,
    }];
  }
  return [];
}

/** A partnership framework established or upgraded, with the year the sentence gives (not a "vision to 2030"). */
function framework(unit: FactUnit, context: Parameters<CandidateExtractor>[1]): ImportCandidate[] {
  for (const [pattern, vi, en] of FRAMEWORKS) {
    const m = pattern.exec(unit.text);
    if (!m) continue;
    if (!FRAMEWORK_VERB.test(unit.text.slice(0, m.index))) return [];
    const dates = eventDates(unit);
    const date = dates.filter((d) => d.start < m.index).at(-1) ?? dates[0];
    const place = date && context.place(unit);
    if (!date || !place) return [];
    const { passage, span } = passageOf(unit);
    return [{
      record: {
        id: candidateId(place.country, 'framework', date.date, passage), country: place.country, kind: 'framework', date: date.date!,
        framework: ours(vi, en), title: ours(vi, en),
        summary: ours(passage, `Vietnam and ${countryName(place.country, 'en')}: ${en} (${date.date}).`),
        sources: [candidateSource(context.article, passage, [date])],
      },
      passage, span, flags: [...place.flags, ...yearFlags([date]), 'translation-template'], duplicateOf: null,
    }];
  }
  return [];
}

export const extractRelations: CandidateExtractor = (unit, context) => [...relations(unit, context), ...framework(unit, context)];
