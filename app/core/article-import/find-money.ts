/** How an amount is hedged: "gần" (nearly), "hơn"/"trên" (more than), "khoảng" (about). */
export type MoneyQualifier = 'nearly' | 'more-than' | 'about';

/** An amount of money in a sentence, offsets relative to the sentence. */
export interface MoneyMention {
  start: number;
  end: number;
  /** In whole units of the currency; the low end of a range ("5-6 triệu" gives 5,000,000). */
  value: number;
  /** The high end of a range. */
  high?: number;
  /** ISO 4217; absent when the sentence names none ("13,5 triệu"). */
  currency?: string;
  qualifier?: MoneyQualifier;
}

const SCALES: Record<string, number> = {
  nghìn: 1e3, ngàn: 1e3, triệu: 1e6, tỷ: 1e9, tỉ: 1e9, thousand: 1e3, million: 1e6, mn: 1e6, m: 1e6, billion: 1e9, bn: 1e9, trillion: 1e12,
};
const CURRENCIES: [RegExp, string][] = [
  [/^(?:USD|US\$|\$|đô la Mỹ|đô-la Mỹ|đô la|đô-la|đôla|dollars?|US dollars?)$/iu, 'USD'],
  [/^(?:EUR|euro|€)$/iu, 'EUR'],
  [/^(?:RUB|rúp|roubles?|rubles?)$/iu, 'RUB'],
  [/^(?:VND|đồng|VNĐ)$/iu, 'VND'],
  [/^(?:CNY|nhân dân tệ|yuan)$/iu, 'CNY'],
];
const QUALIFIERS: [RegExp, MoneyQualifier][] = [
  [/(?:gần|xấp xỉ|nearly|almost|close to)\s*$/iu, 'nearly'],
  [/(?:hơn|trên|more than|over|above|exceeding)\s*$/iu, 'more-than'],
  [/(?:khoảng|chừng|ước(?: đạt| tính)?|about|around|approximately|some|roughly|an estimated)\s*$/iu, 'about'],
];

const NUMBER = String.raw`\d{1,3}(?:[.,]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?`;
const CURRENCY_WORD = String.raw`USD|US\$|đô la Mỹ|đô-la Mỹ|đô la|đô-la|đôla|US dollars?|dollars?|EUR|euros?|RUB|rúp|roubles?|rubles?|VNĐ|VND|đồng|CNY|nhân dân tệ|yuan`;
const SCALE_WORD = String.raw`nghìn|ngàn|triệu|tỷ|tỉ|thousand|million|billion|trillion|bn|mn|m`;
const MONEY = new RegExp(
  String.raw`(?<![\p{L}\d.,])(?:(US\$|\$|€|USD|EUR)\s?)?(${NUMBER})(?:\s*[-–]\s*(${NUMBER}))?(?:\s*(${SCALE_WORD})(?![\p{L}]))?(?:\s*(${CURRENCY_WORD})(?![\p{L}]))?`,
  'giu',
);

/** Reads "2,98" / "500.000" (Vietnamese) or "2.98" / "500,000" (English): a separator before exactly three digits groups thousands. */
export function parseAmount(text: string, language: 'vi' | 'en'): number {
  const separators = text.match(/[.,]/g) ?? [];
  if (separators.length === 0) return Number(text);
  const last = text.lastIndexOf(separators.at(-1)!);
  const mixed = new Set(separators).size > 1;
  const groupsOfThree = text.split(/[.,]/).slice(1).every((group) => group.length === 3);
  const thousandsSeparator = language === 'vi' ? '.' : ',';
  const decimal = mixed || !groupsOfThree || (separators[0] !== thousandsSeparator && separators.length === 1);
  if (!decimal) return Number(text.replace(/[.,]/g, ''));
  return Number(`${text.slice(0, last).replace(/[.,]/g, '')}.${text.slice(last + 1)}`);
}

const currencyOf = (word: string | undefined) => (word ? CURRENCIES.find(([re]) => re.test(word))?.[1] : undefined);

/**
 * Every amount of money a sentence states: "2,98 tỷ USD", "13,5 triệu", "500.000 USD", "5-6 triệu", "USD 325 million",
 * with its qualifier. A bare number is not money: it needs a currency or a scale word.
 */
export function findMoney(text: string, language: 'vi' | 'en'): MoneyMention[] {
  const mentions: MoneyMention[] = [];
  MONEY.lastIndex = 0;
  for (let m = MONEY.exec(text); m; m = MONEY.exec(text)) {
    const [whole, before, amount, highAmount, scaleWord, after] = m;
    const scale = scaleWord ? SCALES[scaleWord.toLowerCase()] : undefined;
    const currency = currencyOf(before) ?? currencyOf(after);
    if (currency === undefined && scale === undefined) continue;
    if (scaleWord?.toLowerCase() === 'm' && !before) continue;
    const factor = scale ?? 1;
    const round = (n: number) => Math.round(n * factor);
    const qualifier = QUALIFIERS.find(([re]) => re.test(text.slice(Math.max(0, m!.index - 20), m!.index)))?.[1];
    const end = m.index + whole.trimEnd().length;
    mentions.push({
      start: m.index,
      end,
      value: round(parseAmount(amount!, language)),
      ...(highAmount ? { high: round(parseAmount(highAmount, language)) } : {}),
      ...(currency ? { currency } : {}),
      ...(qualifier ? { qualifier } : {}),
    });
  }
  return mentions;
}
