import { bilingual } from './bilingual';
import { drawDate, englishDate, englishWhen, vietnameseDate } from './random-dates';
import { sentence, millions, followUp, type Context, type Draft } from './synthetic-draft';
import { vietnameseOfficial } from './synthetic-people';
import { cooperationAreas, forums, type Phrase } from './vietnamese-words';

/** Drafts of the exchanges between two countries: trade, investment, people-to-people, multilateral support, cooperation. */
export function trade({ random }: Context): Draft {
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

export function investment({ random, country }: Context): Draft {
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

export function people({ random, country }: Context): Draft {
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

export function multilateral({ random, country }: Context): Draft {
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

export function cooperation({ random, country }: Context): Draft {
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
