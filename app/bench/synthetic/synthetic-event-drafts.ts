import { bilingual } from './bilingual';
import { addDays, drawDate, englishDate, englishWhen, vietnameseDate } from './random-dates';
import { sentence, capitalized, followUp, type Context, type Draft } from './synthetic-draft';
import { partnerOfficial, vietnameseOfficial } from './synthetic-people';
import { agreementNames, agreementParties, frameworkNames, mechanismNames, vietnameseCities } from './vietnamese-words';

/** Drafts of the dated events of a relationship: visits, agreements, mechanism sessions, milestones, relations, frameworks. */
export function visit({ random, country }: Context): Draft {
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

export function agreement({ random, country, earlier }: Context): Draft {
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

export function mechanism({ random }: Context): Draft {
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


export function milestone({ random, country }: Context): Draft {
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

export function relations({ random, country }: Context): Draft {
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

export function framework({ random }: Context): Draft {
  const date = drawDate(random, 2001, 2024, 'year');
  const name = random.pick(frameworkNames);
  return {
    date,
    framework: bilingual(name),
    title: name,
    summary: followUp(random, sentence(`Năm ${date.year}, hai nước nâng cấp quan hệ lên ${name.vi}.`, `In ${date.year} the two countries raised their relations to a ${name.en}.`)),
  };
}
