import type { Country, RecordKind, RelationsRecord } from '../../shared/records/record-schema';
import { bilingual } from './bilingual';
import { addDays, drawDate, englishDate, englishWhen, vietnameseDate, type DrawnDate } from './random-dates';
import type { SeededRandom } from './seeded-random';
import { syntheticSource } from './synthetic-articles';
import { partnerOfficial, vietnameseOfficial } from './synthetic-people';
import {
  agreementNames,
  agreementParties,
  cooperationAreas,
  forums,
  frameworkNames,
  jointActions,
  mechanismNames,
  vietnameseCities,
  type Phrase,
} from './vietnamese-words';

/** How often each kind occurs after a country's first record (relations) and its frameworks; the bundled dataset's mix. */
const KIND_WEIGHTS = {
  cooperation: 32,
  visit: 13,
  milestone: 11,
  agreement: 10,
  people: 8,
  multilateral: 8,
  trade: 6,
  mechanism: 5,
  investment: 2,
} as const satisfies Partial<Record<RecordKind, number>>;

type Base = Pick<RelationsRecord, 'id' | 'country' | 'title' | 'summary' | 'sources'>;
type Draft = { title: Phrase; summary: Phrase; date?: DrawnDate } & Record<string, unknown>;

interface Context {
  random: SeededRandom;
  country: Country;
  /** Ids of the country's records made so far, by kind, for `related`. */
  earlier: Map<RecordKind, string[]>;
}

const sentence = (vi: string, en: string): Phrase => ({ vi, en });
const capitalized = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
const millions = (value: number): Phrase => {
  const amount = (value / 1_000_000).toFixed(1);
  return { vi: `${amount.replace('.', ',')} triệu USD`, en: `USD ${amount} million` };
};

/** One to two sentences on what the sides agreed, after a record's first sentence. */
function followUp(random: SeededRandom, first: Phrase): Phrase {
  const actions = random.chance(0.4) ? [random.pick(jointActions), random.pick(jointActions)] : [random.pick(jointActions)];
  return {
    vi: [first.vi, ...actions.map((action) => `Hai bên ${action.vi}.`)].join(' '),
    en: [first.en, ...actions.map((action) => `The two sides ${action.en}.`)].join(' '),
  };
}

function visit({ random, country }: Context): Draft {
  const date = drawDate(random, 1995, 2024, 'day');
  const dateEnd = addDays(date, random.integer(1, 4));
  const direction = random.weighted({ 'to-vietnam': 5, 'from-vietnam': 4, elsewhere: 1 });
  const level = random.weighted({ state: 2, official: 4, working: 3, other: 1 });
  const levelText = { state: { vi: 'cấp Nhà nước', en: 'state' }, official: { vi: 'chính thức', en: 'official' }, working: { vi: 'làm việc', en: 'working' }, other: { vi: '', en: '' } }[level];
  const toVietnam = direction === 'to-vietnam';
  const principal = toVietnam ? partnerOfficial(random, country) : vietnameseOfficial(random);
  const counterparts = Array.from({ length: random.integer(1, 2) }, () => (toVietnam ? vietnameseOfficial(random) : partnerOfficial(random, country)));
  const host = counterparts[0] ?? principal;
  const destination = toVietnam ? { vi: 'Việt Nam', en: 'Vietnam' } : country.name;
  const city = toVietnam ? random.pick(vietnameseCities) : (country.capital ?? country.name);
  const visitVi = ['thăm', levelText.vi, destination.vi].filter(Boolean).join(' ');
  const visitEn = [levelText.en, 'visit to', destination.en].filter(Boolean).join(' ');
  return {
    date,
    dateEnd: dateEnd.value,
    direction,
    level,
    principal,
    counterparts,
    title: sentence(`${principal.title.vi} ${principal.name.vi} ${visitVi}`, `${principal.title.en} ${principal.name.en}'s ${visitEn}`),
    summary: followUp(
      random,
      sentence(
        `Nhận lời mời của ${host.title.vi} ${host.name.vi}, ${principal.title.vi} ${principal.name.vi} ${visitVi} từ ${vietnameseDate(date)} đến ${vietnameseDate(dateEnd)}; hội đàm diễn ra tại ${city.vi}.`,
        `At the invitation of ${host.title.en} ${host.name.en}, ${principal.title.en} ${principal.name.en} paid a ${visitEn} from ${englishDate(date)} to ${englishDate(dateEnd)}; talks were held in ${city.en}.`,
      ),
    ),
  };
}

function agreement({ random, country, earlier }: Context): Draft {
  const date = drawDate(random, 1993, 2024);
  const name = random.pick(agreementNames);
  const parties = random.pick(agreementParties);
  const visits = earlier.get('visit') ?? [];
  return {
    date,
    parties: bilingual(parties),
    level: random.pick(['state', 'government', 'ministry', 'agency', 'enterprise'] as const),
    ...(visits.length > 0 && random.chance(0.3) ? { related: [random.pick(visits)] } : {}),
    title: sentence(`${name.vi} giữa Việt Nam và ${country.name.vi}`, `${name.en} between Vietnam and ${country.name.en}`),
    summary: followUp(
      random,
      sentence(
        `${capitalized(vietnameseDate(date))}, ${parties.vi} đã ký ${name.vi.charAt(0).toLowerCase()}${name.vi.slice(1)}.`,
        `${capitalized(englishWhen(date))}, ${parties.en} signed the ${name.en}.`,
      ),
    ),
  };
}

function mechanism({ random }: Context): Draft {
  const date = drawDate(random, 1995, 2024);
  const name = random.pick(mechanismNames);
  const session = random.integer(1, 25);
  return {
    date,
    mechanism: bilingual(name),
    session,
    title: sentence(`Kỳ họp lần thứ ${session} ${name.vi}`, `Session ${session} of the ${name.en}`),
    summary: followUp(
      random,
      sentence(`Kỳ họp lần thứ ${session} diễn ra ${vietnameseDate(date)}.`, `The ${session}th session was held ${englishWhen(date)}.`),
    ),
  };
}

function trade({ random }: Context): Draft {
  const year = random.integer(1995, 2024);
  const flow = random.weighted({ turnover: 6, 'vn-exports': 2, 'vn-imports': 2 });
  const value = random.integer(5, 5_000) * 1_000_000;
  const amount = millions(value);
  const change = random.integer(1, 40);
  const up = random.chance(0.7);
  const flowText = {
    turnover: { vi: 'Kim ngạch thương mại hai chiều', en: 'Two-way trade' },
    'vn-exports': { vi: 'Kim ngạch xuất khẩu của Việt Nam', en: "Vietnam's exports" },
    'vn-imports': { vi: 'Kim ngạch nhập khẩu của Việt Nam', en: "Vietnam's imports" },
  }[flow];
  const period = random.chance(0.1) ? { vi: '6 tháng đầu năm', en: 'first six months' } : undefined;
  return {
    date: { value: String(year), year, month: undefined, day: undefined },
    year,
    flow,
    amount: { value, currency: 'USD' },
    ...(period ? { period: bilingual(period) } : {}),
    title: sentence(`${flowText.vi} năm ${year}`, `${flowText.en} in ${year}`),
    summary: sentence(
      `${flowText.vi} ${period ? `${period.vi} ` : ''}năm ${year} đạt ${amount.vi}, ${up ? 'tăng' : 'giảm'} ${change}% so với năm trước.`,
      `${flowText.en} ${period ? `in the ${period.en} of` : 'in'} ${year} reached ${amount.en}, ${up ? 'up' : 'down'} ${change}% on the year before.`,
    ),
  };
}

function investment({ random, country }: Context): Draft {
  const date = drawDate(random, 2005, 2024, 'month');
  const projects = random.integer(1, 400);
  const value = random.integer(1, 3_000) * 1_000_000;
  const capital = millions(value);
  const rankOutOf = random.integer(120, 150);
  const rank = random.integer(1, rankOutOf);
  return {
    date,
    direction: random.weighted({ 'into-vietnam': 3, 'from-vietnam': 1 }),
    projects,
    capital: { value, currency: 'USD' },
    rank,
    rankOutOf,
    title: sentence(`Đầu tư của ${country.name.vi} vào Việt Nam`, `${country.name.en}'s investment in Vietnam`),
    summary: sentence(
      `Tính đến ${vietnameseDate(date)}, ${country.name.vi} có ${projects} dự án đầu tư tại Việt Nam với tổng vốn đăng ký ${capital.vi}, đứng thứ ${rank}/${rankOutOf} quốc gia và vùng lãnh thổ đầu tư vào Việt Nam.`,
      `As of ${englishDate(date)}, ${country.name.en} had ${projects} projects in Vietnam with registered capital of ${capital.en}, ranking ${rank} of ${rankOutOf} investing countries and territories.`,
    ),
  };
}

function people({ random, country }: Context): Draft {
  const date = drawDate(random, 2000, 2024);
  const topic = random.pick(['community', 'visa', 'education', 'culture', 'tourism', 'friendship', 'other'] as const);
  const count = random.integer(50, 120_000);
  const texts: Record<typeof topic, [Phrase, Phrase]> = {
    community: [
      { vi: `Cộng đồng người Việt Nam tại ${country.name.vi}`, en: `The Vietnamese community in ${country.name.en}` },
      { vi: `Khoảng ${count} người Việt Nam đang sinh sống, học tập và làm việc tại ${country.name.vi}.`, en: `About ${count} Vietnamese live, study and work in ${country.name.en}.` },
    ],
    visa: [
      { vi: 'Miễn thị thực cho công dân hai nước', en: 'Visa exemption for both countries’ citizens' },
      { vi: `Công dân hai nước được miễn thị thực khi lưu trú không quá ${random.integer(14, 90)} ngày.`, en: 'Citizens of both countries need no visa for short stays.' },
    ],
    education: [
      { vi: 'Học bổng cho sinh viên Việt Nam', en: 'Scholarships for Vietnamese students' },
      { vi: `${country.name.vi} dành ${count % 500} suất học bổng mỗi năm cho sinh viên Việt Nam.`, en: `${country.name.en} offers ${count % 500} scholarships a year to Vietnamese students.` },
    ],
    culture: [
      { vi: `Những ngày văn hóa Việt Nam tại ${country.name.vi}`, en: `Vietnamese culture days in ${country.name.en}` },
      { vi: `Chương trình giới thiệu âm nhạc, ẩm thực và áo dài Việt Nam thu hút ${count} lượt khách.`, en: `The programme of Vietnamese music, food and áo dài drew ${count} visitors.` },
    ],
    tourism: [
      { vi: `Du khách ${country.name.vi} đến Việt Nam`, en: `Visitors from ${country.name.en} to Vietnam` },
      { vi: `Việt Nam đón ${count} lượt du khách ${country.name.vi} ${vietnameseDate(date)}.`, en: `Vietnam welcomed ${count} visitors from ${country.name.en} ${englishWhen(date)}.` },
    ],
    friendship: [
      { vi: `Hội hữu nghị ${country.name.vi} – Việt Nam`, en: `${country.name.en}–Vietnam Friendship Society` },
      { vi: `Hội hữu nghị tổ chức gặp mặt kỷ niệm ${vietnameseDate(date)}.`, en: `The friendship society held an anniversary meeting ${englishWhen(date)}.` },
    ],
    other: [
      { vi: 'Giao lưu nhân dân', en: 'People-to-people exchanges' },
      { vi: 'Giao lưu nhân dân giữa hai nước ngày càng sôi động.', en: 'Exchanges between the two peoples are ever livelier.' },
    ],
  };
  const [title, first] = texts[topic];
  return { date, topic, ...(topic === 'community' ? { count } : {}), title, summary: followUp(random, first) };
}

function multilateral({ random, country }: Context): Draft {
  const date = drawDate(random, 1995, 2024, 'year');
  const forum = random.pick(forums);
  const support = random.weighted({ 'vietnam-supports-partner': 3, 'partner-supports-vietnam': 4, mutual: 3 });
  const term = `${date.year}–${date.year + 2}`;
  const texts = {
    'vietnam-supports-partner': sentence(`Việt Nam ủng hộ ${country.name.vi} tại ${forum.vi}`, `Vietnam supports ${country.name.en} at ${forum.en}`),
    'partner-supports-vietnam': sentence(`${country.name.vi} ủng hộ Việt Nam ứng cử vào ${forum.vi}`, `${country.name.en} backs Vietnam's candidacy for ${forum.en}`),
    mutual: sentence(`Việt Nam và ${country.name.vi} ủng hộ lẫn nhau tại ${forum.vi}`, `Vietnam and ${country.name.en} support each other at ${forum.en}`),
  };
  return {
    date,
    forum: bilingual(forum),
    support,
    term,
    title: texts[support],
    summary: followUp(random, sentence(`${texts[support].vi} nhiệm kỳ ${term}.`, `${texts[support].en} for the ${term} term.`)),
  };
}

function cooperation({ random, country }: Context): Draft {
  const area = random.pick(cooperationAreas);
  const date = random.chance(0.7) ? drawDate(random, 1995, 2024) : undefined;
  const official = vietnameseOfficial(random);
  return {
    ...(date ? { date } : {}),
    area: bilingual(area),
    title: sentence(`Hợp tác ${area.vi} Việt Nam – ${country.name.vi}`, `Vietnam–${country.name.en} cooperation in ${area.en}`),
    summary: followUp(
      random,
      sentence(
        `Theo ${official.title.vi} ${official.name.vi}, hợp tác ${area.vi} là một trong những trụ cột của quan hệ song phương.`,
        `According to ${official.title.en} ${official.name.en}, cooperation in ${area.en} is one of the pillars of bilateral relations.`,
      ),
    ),
  };
}

function milestone({ random, country }: Context): Draft {
  const date = drawDate(random, 1995, 2024);
  const years = random.pick([10, 15, 20, 25, 30]);
  const city = random.pick(vietnameseCities);
  return {
    date,
    ...random.pick([
      { title: sentence(`Kỷ niệm ${years} năm thiết lập quan hệ ngoại giao`, `${years} years of diplomatic relations`) },
      { title: sentence(`Khai trương Đại sứ quán ${country.name.vi} tại Hà Nội`, `${country.name.en} opens its embassy in Hanoi`) },
      { title: sentence(`Hội thảo về quan hệ Việt Nam – ${country.name.vi} tại ${city.vi}`, `Seminar on Vietnam–${country.name.en} relations in ${city.en}`) },
    ]),
    summary: followUp(
      random,
      sentence(`Sự kiện diễn ra ${vietnameseDate(date)} tại ${city.vi}, với sự tham dự của lãnh đạo hai nước.`, `The event took place ${englishWhen(date)} in ${city.en}, attended by leaders of both countries.`),
    ),
  };
}

function relations({ random, country }: Context): Draft {
  const date = drawDate(random, 1950, 1995, 'day');
  return {
    date,
    title: sentence('Thiết lập quan hệ ngoại giao', 'Diplomatic relations established'),
    summary: sentence(
      `Việt Nam và ${country.name.vi} chính thức thiết lập quan hệ ngoại giao ${vietnameseDate(date)}.`,
      `Vietnam and ${country.name.en} established diplomatic relations ${englishWhen(date)}.`,
    ),
  };
}

function framework({ random }: Context): Draft {
  const date = drawDate(random, 2001, 2024, 'year');
  const name = random.pick(frameworkNames);
  return {
    date,
    framework: bilingual(name),
    title: name,
    summary: followUp(random, sentence(`Năm ${date.year}, hai nước nâng cấp quan hệ lên ${name.vi}.`, `In ${date.year} the two countries raised their relations to a ${name.en}.`)),
  };
}

const DRAFTERS: Record<RecordKind, (context: Context) => Draft> = {
  relations,
  framework,
  milestone,
  visit,
  agreement,
  mechanism,
  trade,
  investment,
  people,
  multilateral,
  cooperation,
};

/**
 * `count` records of one country: diplomatic relations first, up to two frameworks, then the
 * bundled dataset's mix of kinds. Each cites one or two of `articleIds`, every article at least once.
 */
export function syntheticCountryRecords(random: SeededRandom, country: Country, count: number, articleIds: readonly string[]): RelationsRecord[] {
  const context: Context = { random, country, earlier: new Map() };
  const prefix = country.code.toLowerCase();
  return Array.from({ length: count }, (_, index) => {
    const kind: RecordKind = index === 0 ? 'relations' : index <= 2 && random.chance(0.6) ? 'framework' : random.weighted(KIND_WEIGHTS);
    const { title, summary, date, ...fields } = DRAFTERS[kind](context);
    const id = `${prefix}-${kind}-${index}`;
    const cited = [articleIds[index % articleIds.length] as string, ...(random.chance(0.25) ? [random.pick(articleIds)] : [])];
    const base: Base = {
      id,
      country: country.code,
      title: bilingual(title, random.chance(0.2) ? 'reviewed' : 'ours'),
      summary: bilingual(summary),
      sources: [...new Set(cited)].map((article) => syntheticSource(random, article, summary)),
    };
    const ofKind = context.earlier.get(kind) ?? [];
    ofKind.push(id);
    context.earlier.set(kind, ofKind);
    return { ...base, kind, ...(date ? { date: date.value } : {}), ...fields } as RelationsRecord;
  });
}
