import { countryName, eventDates, passageOf, type CandidateExtractor, type ExtractContext } from './extract-context';
import { listClauses, type FactUnit } from './fact-unit';
import { candidateId, candidateSource, ours, yearFlags, type CandidateFlag, type ImportCandidate } from './import-candidate';

const DOCUMENT = /(?:Hiệp định|Hiệp ước|Bản ghi nhớ|Biên bản ghi nhớ|Thỏa thuận|Thoả thuận|Nghị định thư|Tuyên bố chung|Chương trình hợp tác|Kế hoạch hợp tác|[Mm]emorandum of [Uu]nderstanding|[Mm]emorandum|MoU|[Aa]greement|[Tt]reaty|[Pp]rotocol|[Jj]oint [Ss]tatement)(?![\p{L}])/u;
const SIGNING = /(?:ký kết|ký và trao|lễ ký|đã ký|ký|signed|signing|inked)\s/giu;
const NAME_END = /[,;(]|\s(?:ngày|vào|nhân|trong khuôn khổ|during|at)\s|\.\s|\.$/u;
const ANNIVERSARY_BEFORE = /kỷ niệm[^.;]{0,40}$|anniversary[^.;]{0,30}$/iu;
/** "Hiệp ước nền tảng ấy": a document named earlier, not a new signing. */
const ANAPHORIC = /\s(?:ấy|này|đó|nói trên|trên)$|^(?:the|this|that) /iu;
const DOMESTIC = /Quyết định số|Nghị quyết số|Thông tư|Decision No/iu;

function levelOf(name: string): 'state' | 'government' | 'ministry' | 'agency' | 'enterprise' | 'other' {
  if (/Chính phủ|Government/iu.test(name)) return 'government';
  if (/Bộ |Ministr/iu.test(name)) return 'ministry';
  if (/Học viện|Viện|Trường|Đại học|Tổng cục|Ủy ban|Academy|Institute|University|Agency/iu.test(name)) return 'agency';
  if (/Tập đoàn|Công ty|doanh nghiệp|Corporation|Company|Group/iu.test(name)) return 'enterprise';
  if (/Hiệp ước|Nhà nước|Treaty|Joint Statement|Tuyên bố chung/iu.test(name)) return 'state';
  return 'other';
}

/** An agreement signed: its name as written, its parties ("giữa X và Y"), its level, the signing date if given. */
function agreement(unit: FactUnit, context: ExtractContext): ImportCandidate[] {
  if (DOMESTIC.test(unit.text)) return [];
  SIGNING.lastIndex = 0;
  for (const m of unit.text.matchAll(SIGNING)) {
    if (ANNIVERSARY_BEFORE.test(unit.text.slice(0, m.index))) continue;
    const after = unit.text.slice(m.index + m[0].length);
    const doc = DOCUMENT.exec(after.slice(0, 80));
    if (!doc) continue;
    const tail = after.slice(doc.index + doc[0].length);
    const stop = NAME_END.exec(tail);
    const name = (doc[0] + tail.slice(0, stop ? stop.index : tail.length)).slice(0, 160).trim();
    if (/thiết lập quan hệ ngoại giao|establish(?:ing|ment of)? diplomatic/iu.test(name) || ANAPHORIC.test(name)) continue;
    const place = context.place(unit);
    if (!place) return [];
    const date = eventDates(unit)[0];
    const parties = /giữa (.+?) (?:về|on) /u.exec(name)?.[1] ?? /between (.+?) (?:on|for) /u.exec(name)?.[1];
    const flags: CandidateFlag[] = [...place.flags, ...yearFlags([date]), ...(date ? [] : ['undated' as const]), 'translation-template'];
    const { passage, span } = passageOf(unit);
    const partner = countryName(place.country, 'en');
    return [{
      record: {
        id: candidateId(place.country, 'agreement', date?.date, passage, name), country: place.country, kind: 'agreement',
        ...(date ? { date: date.date } : {}),
        title: ours(name, `${doc[0]} (Vietnam–${partner})`),
        summary: ours(passage, `Vietnam and ${partner} signed: ${name}${date ? ` (${date.date})` : ''}.`),
        parties: ours(parties ?? `Việt Nam và ${countryName(place.country, 'vi')}`, parties ?? `Vietnam and ${partner}`),
        level: levelOf(name),
        sources: [candidateSource(context.article, passage, [date])],
      },
      passage, span, flags, duplicateOf: null,
    }];
  }
  return [];
}

const MECHANISM = /(?:khóa họp|kỳ họp|phiên họp)[^.;]{0,40}?(?:Ủy ban liên Chính phủ|Ủy ban hỗn hợp|Ủy ban Liên chính phủ|Tiểu ban)[^,;(.]*|(?:Tham vấn chính trị|Đối thoại chiến lược|Tham vấn chiến lược)[^,;(.]*|(?:session|meeting) of the [^,;(.]*(?:Intergovernmental Commission|Committee)[^,;(.]*|political consultations?[^,;(.]*/iu;
const SESSION = /(?:khóa họp|kỳ họp|phiên họp|lần)\s+thứ\s+(\d+)|(\d+)(?:st|nd|rd|th)\s+(?:session|meeting|round)/iu;

/** A session of a cooperation mechanism (an intergovernmental committee, political consultations) on a date. */
function mechanism(unit: FactUnit, context: ExtractContext): ImportCandidate[] {
  const m = MECHANISM.exec(unit.text);
  const date = eventDates(unit)[0];
  if (!m || !date) return [];
  const place = context.place(unit);
  if (!place) return [];
  const name = m[0].replace(/^(?:khóa họp|kỳ họp|phiên họp)(?:\s+(?:lần\s+)?thứ\s+\d+)?\s*(?:của\s+)?/iu, '').replace(/\s+(?:đã|được|vừa)\b.*$/u, '').trim();
  const session = SESSION.exec(unit.text);
  const { passage, span } = passageOf(unit);
  return [{
    record: {
      id: candidateId(place.country, 'mechanism', date.date, passage), country: place.country, kind: 'mechanism', date: date.date,
      ...(date.dateEnd ? { dateEnd: date.dateEnd } : {}),
      mechanism: ours(name, `Vietnam–${countryName(place.country, 'en')} cooperation mechanism`),
      ...(session ? { session: Number(session[1] ?? session[2]) } : {}),
      title: ours(session ? `Phiên thứ ${session[1] ?? session[2]}: ${name}` : name, `Session of the Vietnam–${countryName(place.country, 'en')} mechanism`),
      summary: ours(passage, `A session of the Vietnam–${countryName(place.country, 'en')} cooperation mechanism was held (${date.date}).`),
      sources: [candidateSource(context.article, passage, [date])],
    },
    passage, span, flags: [...place.flags, ...yearFlags([date]), 'translation-template'], duplicateOf: null,
  }];
}

const MILESTONES: [RegExp, string, string][] = [
  [/(?:khai trương|mở|thành lập)\s+(?:Đại sứ quán|Tổng Lãnh sự quán|Lãnh sự quán)|open(?:ed|s|ing)? (?:its |an |the )?(?:embassy|consulate)/iu, 'Mở cơ quan đại diện', 'Diplomatic mission opened'],
  [/công nhận (?:nền )?độc lập|recogni[sz]ed (?:the )?independence/iu, 'Công nhận độc lập', 'Recognition of independence'],
  [/(?:diễn ra|tổ chức|khai mạc)\s+(?:hội thảo|tọa đàm|lễ kỷ niệm|triển lãm|diễn đàn)|(?:hội thảo|tọa đàm|lễ kỷ niệm|triển lãm|diễn đàn)[^.;]{0,120}?(?:đã diễn ra|được tổ chức|khai mạc)|(?:held|hosted|opened) (?:a |an )?(?:seminar|conference|exhibition|forum)/iu, 'Sự kiện kỷ niệm, hội thảo', 'Commemorative event or seminar'],
];

/** Other milestones: an embassy opened, independence recognised. */
function milestone(unit: FactUnit, context: ExtractContext): ImportCandidate[] {
  for (const [pattern, vi, en] of MILESTONES) {
    const m = pattern.exec(unit.text);
    if (!m) continue;
    const date = eventDates(unit).find((d) => d.start > m.index) ?? eventDates(unit).at(-1);
    const place = date && context.place(unit);
    if (!date || !place) return [];
    const { passage, span } = passageOf(unit);
    return [{
      record: {
        id: candidateId(place.country, 'milestone', date.date, passage), country: place.country, kind: 'milestone', date: date.date,
        title: ours(vi, en), summary: ours(passage, `${en}: Vietnam and ${countryName(place.country, 'en')} (${date.date}).`),
        sources: [candidateSource(context.article, passage, [date])],
      },
      passage, span, flags: [...place.flags, ...yearFlags([date]), 'translation-template'], duplicateOf: null,
    }];
  }
  return [];
}

/** Agreements, mechanism sessions and other milestones a sentence reports. */
export const extractAgreements: CandidateExtractor = (unit, context) =>
  listClauses(unit).flatMap((clause) => [...agreement(clause, context), ...mechanism(clause, context), ...milestone(clause, context)]);
