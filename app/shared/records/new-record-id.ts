import type { CountryCode, RecordKind } from './record-schema';

const RANDOM_LETTERS = 4;

/**
 * A new id for a record of the officer's: `mine-<cc>-<kind>-<base36 time><4 random>`, e.g.
 * `mine-mn-visit-mior3k2xq7f0`. The prefix keeps it clear of every reference id; the time and the
 * random letters keep two records added in the same millisecond apart.
 */
export function newRecordId(country: CountryCode, kind: RecordKind, now: Date = new Date(), random: () => number = Math.random): string {
  let letters = '';
  for (let i = 0; i < RANDOM_LETTERS; i += 1) letters += Math.floor(random() * 36).toString(36);
  return `mine-${country.toLowerCase()}-${kind}-${now.getTime().toString(36)}${letters}`;
}
