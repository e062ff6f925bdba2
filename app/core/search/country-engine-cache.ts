import type { CountryCode } from '../records/record-schema';

/** How many countries keep their own index; one is a few hundred documents, built in milliseconds. */
const COUNTRIES_KEPT = 8;

/**
 * Indexes of single countries, built on demand and kept for the countries searched last. A search within
 * one country then reads that country's few hundred documents instead of the whole world's postings.
 */
export interface CountryEngineCache<E> {
  get(country: CountryCode): E;
  /** Drops one country's index (its documents changed), or every index. */
  forget(country?: CountryCode): void;
}

export function createCountryEngineCache<E>(build: (country: CountryCode) => E): CountryEngineCache<E> {
  const engines = new Map<CountryCode, E>();
  return {
    get(country) {
      const engine = engines.get(country) ?? build(country);
      engines.delete(country);
      engines.set(country, engine);
      const leastRecent = engines.keys().next().value;
      if (engines.size > COUNTRIES_KEPT && leastRecent !== undefined) engines.delete(leastRecent);
      return engine;
    },
    forget(country) {
      if (country === undefined) engines.clear();
      else engines.delete(country);
    },
  };
}
