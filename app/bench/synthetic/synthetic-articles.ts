import type { Article, Country } from '../../shared/records/record-schema';
import type { Source } from '../../shared/records/source-schema';
import { bilingual } from './bilingual';
import { drawDate } from './random-dates';
import type { SeededRandom } from './seeded-random';
import { cooperationAreas, publishers, type Phrase } from './vietnamese-words';

/** How many records cite one article, on average. */
export const RECORDS_PER_ARTICLE = 5;

/** The articles a country's records cite: Vietnamese press, dated, some with a URL. */
export function syntheticArticles(random: SeededRandom, country: Country, count: number): Article[] {
  const prefix = country.code.toLowerCase();
  return Array.from({ length: count }, (_, n) => {
    const area = random.pick(cooperationAreas);
    const article: Article = {
      id: `art-${prefix}-${n}`,
      publisher: random.pick(publishers),
      title: `Việt Nam – ${country.name.vi} thúc đẩy hợp tác ${area.vi}`,
      date: drawDate(random, 2000, 2024).value,
      file: `${prefix}-${String(n).padStart(4, '0')}.txt`,
    };
    if (random.chance(0.5)) article.url = `https://baoquocte.vn/${prefix}-${n}.html`;
    return article;
  });
}

const MACHINE_TRANSLATION = bilingual({
  vi: 'Bản dịch máy kém: tên riêng bị phiên âm sai và ngữ pháp câu bị đảo lộn.',
  en: 'Poor machine translation: a proper name is mistransliterated and the syntax is scrambled.',
});

const YEAR_FROM_CONTEXT = bilingual({
  vi: 'Bài không ghi năm; năm được suy ra từ các sự kiện bài nhắc tới.',
  en: 'The article gives no year; it is inferred from the events the article mentions.',
});

/** `text` with two neighbouring words swapped, as a poor machine translation leaves it. */
function scrambled(random: SeededRandom, text: string): string {
  const words = text.split(' ');
  const at = random.integer(0, Math.max(0, words.length - 2));
  words.splice(at, 2, ...words.slice(at, at + 2).reverse());
  return words.join(' ');
}

/** The citation of a record's Vietnamese text as the article has it; now and then garbled, with the correction. */
export function syntheticSource(random: SeededRandom, article: string, text: Phrase): Source {
  const source: Source = { article, passage: text.vi, confidence: random.weighted({ high: 7, medium: 2.5, low: 0.5 }) };
  if (random.chance(0.04)) {
    source.passage = scrambled(random, text.vi);
    source.correction = { text: bilingual(text), reason: MACHINE_TRANSLATION };
  }
  if (random.chance(0.03)) source.inference = YEAR_FROM_CONTEXT;
  return source;
}
