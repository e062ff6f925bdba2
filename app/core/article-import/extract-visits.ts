import type { Person } from '../../shared/records/record-schema';
import { countryName, eventDates, passageOf, PLANNED, type CandidateExtractor } from './extract-context';
import { listClauses, type FactUnit } from './fact-unit';
import type { PersonMention } from './find-people';
import { candidateId, candidateSource, ours, yearFlags, type CandidateFlag, type ImportCandidate } from './import-candidate';

const VISIT = /(?<![\p{L}])(?:chuyến thăm|thăm)(?![\p{L}])(?!\s+(?:hỏi|lẫn nhau|Nhà sàn|Lăng|Khu|khu|bảo tàng|Bảo tàng|di tích))|(?<![\p{L}])(?:visit(?:s|ed|ing)?|paid (?:a|an) (?:official |state |working )?visit)(?![\p{L}])/gu;
const INVITATION = /(?:theo lời mời của|nhận lời mời của|at the invitation of)[^,;.]*/giu;
const LEVELS: [RegExp, 'state' | 'official' | 'working'][] = [
  [/cấp Nhà nước|state visit/iu, 'state'],
  [/chính thức|official visit/iu, 'official'],
  [/làm việc|working visit/iu, 'working'],
];
const LEVEL_WORDS = { state: ['cấp Nhà nước', 'state'], official: ['chính thức', 'official'], working: ['làm việc', 'working'], other: ['', ''] } as const;
const TO_VIETNAM = /^[^.;]{0,40}?(?:Việt Nam|Hà Nội|Vietnam|Hanoi|TP\. Hồ Chí Minh|Ho Chi Minh City)/u;

const toPerson = (p: PersonMention, country: string): Person => ({ name: ours(p.name, p.name), title: ours(p.title.vi, p.title.en), country });

/** Inside "theo lời mời của …": the host, never the visitor. */
function invitationSpans(text: string): [number, number][] {
  INVITATION.lastIndex = 0;
  return [...text.matchAll(INVITATION)].map((m) => [m.index, m.index + m[0].length]);
}

/** The dates the visit took place: a span when there is one, else each year of a list ("các năm 1957 và 1961"), else the first. */
function visitDates(unit: FactUnit, after: number) {
  const all = eventDates(unit);
  const later = all.filter((d) => d.start >= after);
  const dates = later.length > 0 ? later : all.filter((d) => d.start < after).slice(-1);
  const span = dates.find((d) => d.dateEnd);
  if (span) return [span];
  if (dates.length > 1 && dates.every((d) => d.date!.length === 4)) return dates;
  return dates.slice(0, 1);
}

/** The visitor: "chuyến thăm … của X" names them after; otherwise the office holder just before the verb (never the host). */
function findPrincipal(unit: FactUnit, trigger: RegExpExecArray): PersonMention | undefined {
  const hosts = invitationSpans(unit.text);
  const outside = unit.people.filter((p) => !hosts.some(([a, b]) => p.start >= a && p.end <= b));
  const triggerEnd = trigger.index + trigger[0].length;
  if (/^\s+(?:\S+\s+){0,4}?của\s/u.test(unit.text.slice(triggerEnd, triggerEnd + 60))) {
    const after = outside.find((p) => p.start > triggerEnd);
    if (after) return after;
  }
  return outside.filter((p) => p.start < trigger.index).at(-1);
}

function visitAt(unit: FactUnit, trigger: RegExpExecArray, context: Parameters<CandidateExtractor>[1]): ImportCandidate[] {
  const triggerEnd = trigger.index + trigger[0].length;
  const principalMention = findPrincipal(unit, trigger);
  const dates = visitDates(unit, triggerEnd);
  if (!principalMention || dates.length === 0) return [];
  const toVietnam = TO_VIETNAM.test(unit.text.slice(triggerEnd));
  const destination = unit.countries.find((c) => c.start > trigger.index && c.code !== 'VN')?.code;
  const placement = context.place(unit);
  const principalCountry = principalMention.country ?? (toVietnam ? placement?.country : 'VN');
  if (!principalCountry) return [];
  const fromVietnam = principalCountry === 'VN';
  const country = fromVietnam ? destination ?? placement?.country : principalCountry;
  if (!country || country === 'VN') return [];
  const elsewhere = !fromVietnam && !toVietnam && destination !== undefined && destination !== principalCountry;
  const direction = fromVietnam ? 'from-vietnam' : elsewhere ? 'elsewhere' : 'to-vietnam';
  const level = LEVELS.find(([re]) => re.test(unit.text))?.[1] ?? 'other';
  const counterparts = unit.people.filter((p) => p !== principalMention).map((p) => toPerson(p, p.country ?? (fromVietnam ? country : 'VN')));
  const flags: CandidateFlag[] = [...(destination || !fromVietnam ? [] : placement?.flags ?? []), 'translation-template'];
  if (PLANNED.test(unit.text.slice(Math.max(0, trigger.index - 30), triggerEnd + 30))) flags.push('planned');
  const { passage, span } = passageOf(unit);
  const [levelVi, levelEn] = LEVEL_WORDS[level];
  const where = direction === 'to-vietnam' ? 'VN' : direction === 'elsewhere' ? destination! : country;
  const whereVi = countryName(where, 'vi');
  const whereEn = countryName(where, 'en');
  return dates.map((date) => ({
    record: {
      id: candidateId(country, 'visit', date.date, passage, principalMention.name),
      country, kind: 'visit', date: date.date!, ...(date.dateEnd ? { dateEnd: date.dateEnd } : {}),
      direction, level,
      principal: toPerson(principalMention, principalCountry),
      counterparts,
      title: ours(
        `${principalMention.title.vi} ${principalMention.name} thăm ${levelVi ? `${levelVi} ` : ''}${whereVi}`,
        `${principalMention.title.en} ${principalMention.name}'s ${levelEn ? `${levelEn} ` : ''}visit to ${whereEn}`,
      ),
      summary: ours(passage, `${principalMention.title.en} ${principalMention.name} visited ${whereEn} (${date.date}${date.dateEnd ? ` to ${date.dateEnd}` : ''}).`),
      sources: [candidateSource(context.article, passage, [date])],
    },
    passage, span, flags: [...flags, ...yearFlags([date])], duplicateOf: null,
  }));
}

/** The first mention of a visit in the clause that names a visitor and a date. */
function visitsInClause(unit: FactUnit, context: Parameters<CandidateExtractor>[1]): ImportCandidate[] {
  VISIT.lastIndex = 0;
  for (let trigger = VISIT.exec(unit.text); trigger; trigger = VISIT.exec(unit.text)) {
    const found = visitAt(unit, trigger, context);
    if (found.length > 0) return found;
  }
  return [];
}

/**
 * Visits: the visitor is the office holder outside "theo lời mời của …"; direction from the visitor's
 * country and the destination; level from "cấp Nhà nước", "chính thức", "làm việc"; a list sentence
 * ("…(tháng 3/2009); …(tháng 2/2014)") proposes one visit per clause.
 */
export const extractVisits: CandidateExtractor = (unit, context) => listClauses(unit).flatMap((clause) => visitsInClause(clause, context));
