import { recognizeCountries } from './recognize-countries';

/** An office holder named in a sentence: title, name and (when the sentence says) the country; offsets relative to it. */
export interface PersonMention {
  start: number;
  end: number;
  /** The title in Vietnamese and English, e.g. "Thủ tướng" / "Prime Minister". */
  title: { vi: string; en: string };
  name: string;
  /** ISO code: the country in the title ("Tổng thống Liên bang Nga"), else VN for a Vietnamese name. */
  country?: string;
}

/** Titles as written (Vietnamese or English), longest first; each with its Vietnamese and English. */
const TITLES: [string, string, string][] = [
  ['Phó Chủ tịch Quốc hội', 'Phó Chủ tịch Quốc hội', 'Vice Chairman of the National Assembly'],
  ['Chủ tịch Quốc hội', 'Chủ tịch Quốc hội', 'Chairman of the National Assembly'],
  ['Phó Chủ tịch nước', 'Phó Chủ tịch nước', 'Vice President'],
  ['Chủ tịch nước', 'Chủ tịch nước', 'President'],
  ['Tổng Bí thư', 'Tổng Bí thư', 'General Secretary'],
  ['Phó Thủ tướng Thường trực', 'Phó Thủ tướng Thường trực', 'Permanent Deputy Prime Minister'],
  ['Phó Thủ tướng', 'Phó Thủ tướng', 'Deputy Prime Minister'],
  ['Thủ tướng', 'Thủ tướng', 'Prime Minister'],
  ['Phó Tổng thống', 'Phó Tổng thống', 'Vice President'],
  ['Tổng thống', 'Tổng thống', 'President'],
  ['Thứ trưởng Thường trực Bộ Ngoại giao', 'Thứ trưởng Thường trực Bộ Ngoại giao', 'Permanent Deputy Minister of Foreign Affairs'],
  ['Bộ trưởng Bộ Ngoại giao', 'Bộ trưởng Bộ Ngoại giao', 'Minister of Foreign Affairs'],
  ['Bộ trưởng Ngoại giao', 'Bộ trưởng Ngoại giao', 'Minister of Foreign Affairs'],
  ['Thứ trưởng Bộ Ngoại giao', 'Thứ trưởng Bộ Ngoại giao', 'Deputy Minister of Foreign Affairs'],
  ['Thứ trưởng Ngoại giao', 'Thứ trưởng Ngoại giao', 'Deputy Minister of Foreign Affairs'],
  ['Bộ trưởng', 'Bộ trưởng', 'Minister'],
  ['Thứ trưởng', 'Thứ trưởng', 'Deputy Minister'],
  ['Chủ tịch Hạ viện', 'Chủ tịch Hạ viện', 'Speaker of the lower house'],
  ['Chủ tịch Thượng viện', 'Chủ tịch Thượng viện', 'Speaker of the upper house'],
  ['Chủ tịch', 'Chủ tịch', 'Chairman'],
  ['Đại sứ', 'Đại sứ', 'Ambassador'],
  ['Quốc vương', 'Quốc vương', 'King'],
  ['Deputy Prime Minister', 'Phó Thủ tướng', 'Deputy Prime Minister'],
  ['Prime Minister', 'Thủ tướng', 'Prime Minister'],
  ['Vice President', 'Phó Chủ tịch nước', 'Vice President'],
  ['President', 'Tổng thống', 'President'],
  ['Party General Secretary', 'Tổng Bí thư', 'Party General Secretary'],
  ['General Secretary', 'Tổng Bí thư', 'General Secretary'],
  ['National Assembly Chairman', 'Chủ tịch Quốc hội', 'National Assembly Chairman'],
  ['Deputy Foreign Minister', 'Thứ trưởng Ngoại giao', 'Deputy Foreign Minister'],
  ['Foreign Minister', 'Bộ trưởng Ngoại giao', 'Foreign Minister'],
  ['Minister', 'Bộ trưởng', 'Minister'],
  ['Chairwoman', 'Chủ tịch', 'Chairwoman'],
  ['Chairman', 'Chủ tịch', 'Chairman'],
  ['Ambassador', 'Đại sứ', 'Ambassador'],
];

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const TITLE = new RegExp(`(?<![\\p{L}])(?:${TITLES.map(([written]) => escape(written)).join('|')})(?![\\p{L}])`, 'gu');

/** Words that may stand between a title and the name: whose office it is. */
const QUALIFIER = /^\s*(?:(?:Chính phủ|Ban Chấp hành Trung ương Đảng Cộng sản Việt Nam|nước|Cộng hòa|xã hội chủ nghĩa|Liên bang|Nhà nước|Quốc hội|Bộ Ngoại giao|of|the|Socialist Republic of|Republic of|Federation|Thường trực|Nhân dân)\s+)*/u;
/** A name: capitalised words, initials ("A.G.", "V.") and hyphenated transliterations. */
const NAME = /^(?:(?:\p{Lu}\.\s?)+)?\p{Lu}[\p{L}'’-]*(?:\s(?:\p{Lu}\.\s?)*\p{Lu}[\p{L}'’-]*){0,4}/u;
const VIETNAMESE_SURNAMES = new Set(['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương', 'Lý', 'Tô', 'Trương', 'Hà', 'Lương', 'Đinh', 'Mai', 'Trịnh', 'Đào', 'Cao', 'Lâm', 'Vương', 'Thái', 'Tạ', 'Chu', 'Đoàn', 'Quách', 'Tống', 'Triệu', 'Phùng', 'Lưu', 'Văn', 'Kiều', 'Nông', 'Giang']);

function countryOfName(name: string, titleCountry: string | undefined): string | undefined {
  if (titleCountry) return titleCountry;
  const leader = recognizeCountries(name).find((m) => m.via === 'leader');
  if (leader) return leader.code;
  return VIETNAMESE_SURNAMES.has(name.split(/\s/)[0]!) ? 'VN' : undefined;
}

/**
 * Every "title [whose] Name" in a sentence: "Thủ tướng Cộng hòa Kyrgyzstan Adylbek Kasimalyev",
 * "Tổng thống Liên bang Nga Vladimir Putin", "Thủ tướng Chính phủ Phạm Minh Chính".
 */
export function findPeople(text: string): PersonMention[] {
  const people: PersonMention[] = [];
  TITLE.lastIndex = 0;
  for (let m = TITLE.exec(text); m; m = TITLE.exec(text)) {
    const titleEnd = m.index + m[0].length;
    let rest = text.slice(titleEnd);
    let offset = titleEnd;
    let titleCountry: string | undefined;
    for (let step = 0; step < 3; step++) {
      const qualifier = QUALIFIER.exec(rest)?.[0] ?? '';
      rest = rest.slice(qualifier.length);
      offset += qualifier.length;
      const country = recognizeCountries(rest.slice(0, 40)).find((c) => c.start === 0 && c.via !== 'leader');
      if (!country) break;
      titleCountry = country.code;
      const gap = /^\s*/.exec(rest.slice(country.end))![0].length;
      rest = rest.slice(country.end + gap);
      offset += country.end + gap;
    }
    const name = NAME.exec(rest)?.[0]?.trim();
    if (!name || name.length < 3) continue;
    const [, vi, en] = TITLES.find(([written]) => written === m![0])!;
    people.push({ start: m.index, end: offset + name.length, title: { vi, en }, name, country: countryOfName(name, titleCountry) });
    TITLE.lastIndex = offset + name.length;
  }
  return people;
}
