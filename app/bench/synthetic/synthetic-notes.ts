import type { Country, CountryCode } from '../../shared/records/record-schema';
import type { SaveNoteInput } from '../../shared/notes/note-requests';
import { drawDate, vietnameseDate } from './random-dates';
import type { SeededRandom } from './seeded-random';
import { partnerOfficial, vietnameseOfficial } from './synthetic-people';
import { jointActions, relationsVocabulary } from './vietnamese-words';

const NOTE_TAGS = ['họp', 'chuẩn bị chuyến thăm', 'thương mại', 'đầu tư', 'lãnh sự', 'cần kiểm tra', 'ưu tiên', 'briefing'] as const;

/** A note id as the editor makes them: a UUID, here drawn from the seeded sequence. */
export function syntheticNoteId(random: SeededRandom): string {
  const hex = (length: number) => Array.from({ length }, () => random.integer(0, 15).toString(16)).join('');
  return `${hex(8)}-${hex(4)}-4${hex(3)}-${(8 + random.integer(0, 3)).toString(16)}${hex(3)}-${hex(12)}`;
}

/** A desk officer's note in Markdown: a heading, what was said, what to prepare, mostly in Vietnamese. */
export function syntheticNoteBody(random: SeededRandom, country: Country): string {
  const date = drawDate(random, 2020, 2025, 'day');
  const partner = partnerOfficial(random, country);
  const official = vietnameseOfficial(random);
  const points = Array.from({ length: random.integer(2, 5) }, () => `- ${partner.name.vi} cho biết hai bên ${random.pick(jointActions).vi}.`);
  const keywords = Array.from({ length: random.integer(3, 6) }, () => random.pick(relationsVocabulary));
  const english = random.chance(0.2) ? ['', `_Note for the ${country.name.en} desk: ${random.pick(jointActions).en}._`] : [];
  return [
    `## Gặp ${partner.title.vi} ${partner.name.vi} ${vietnameseDate(date)}`,
    '',
    ...points,
    '',
    `Đề xuất **${official.title.vi} ${official.name.vi}** chỉ đạo chuẩn bị số liệu kim ngạch và danh sách hiệp định.`,
    ...english,
    '',
    `Từ khóa: ${keywords.join(', ')}`,
  ].join('\n');
}

/** `count` notes spread over `countries`, about half of them on one of the country's records. */
export function syntheticNotes(
  random: SeededRandom,
  count: number,
  countries: readonly Country[],
  recordIds: ReadonlyMap<CountryCode, readonly string[]>,
): SaveNoteInput[] {
  return Array.from({ length: count }, () => {
    const country = random.pick(countries);
    const records = recordIds.get(country.code) ?? [];
    const recordId = records.length > 0 && random.chance(0.5) ? random.pick(records) : undefined;
    const tags = [...new Set(Array.from({ length: random.integer(0, 3) }, () => random.pick(NOTE_TAGS)))];
    return {
      id: syntheticNoteId(random),
      country: country.code,
      ...(recordId ? { recordId } : {}),
      body: syntheticNoteBody(random, country),
      tags,
      pinned: random.chance(0.05),
    };
  });
}
