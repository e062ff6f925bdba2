import type { Country, RecordKind } from '../../shared/records/record-schema';
import type { DrawnDate } from './random-dates';
import type { SeededRandom } from './seeded-random';
import { jointActions, type Phrase } from './vietnamese-words';

/** What a drafter writes for one synthetic record, and what it knows of the country's records so far. */
export type Draft = { title: Phrase; summary: Phrase; date?: DrawnDate } & Record<string, unknown>;

export interface Context {
  random: SeededRandom;
  country: Country;
  /** Ids of the country's records made so far, by kind, for `related`. */
  earlier: Map<RecordKind, string[]>;
}

export const sentence = (vi: string, en: string): Phrase => ({ vi, en });
export const capitalized = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
export const millions = (value: number): Phrase => {
  const amount = (value / 1_000_000).toFixed(1);
  return { vi: `${amount.replace('.', ',')} triệu USD`, en: `USD ${amount} million` };
};

/** One to two sentences on what the sides agreed, after a record's first sentence. */
export function followUp(random: SeededRandom, first: Phrase): Phrase {
  const actions = random.chance(0.4) ? [random.pick(jointActions), random.pick(jointActions)] : [random.pick(jointActions)];
  return {
    vi: [first.vi, ...actions.map((action) => `Hai bên ${action.vi}.`)].join(' '),
    en: [first.en, ...actions.map((action) => `The two sides ${action.en}.`)].join(' '),
  };
}
