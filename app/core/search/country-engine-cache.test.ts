import { describe, expect, it } from 'vitest';
import { createCountryEngineCache } from './country-engine-cache';

describe('createCountryEngineCache', () => {
  function countingCache() {
    const built: string[] = [];
    const cache = createCountryEngineCache((country) => {
      built.push(country);
      return { country };
    });
    return { cache, built };
  }

  it('builds a country index once and keeps it', () => {
    const { cache, built } = countingCache();
    expect(cache.get('AZ')).toBe(cache.get('AZ'));
    expect(built).toEqual(['AZ']);
  });

  it('keeps the eight countries searched last', () => {
    const { cache, built } = countingCache();
    const countries = ['AZ', 'RU', 'BY', 'KG', 'KZ', 'UZ', 'TJ', 'TM'];
    for (const country of countries) cache.get(country);
    cache.get('AZ');
    cache.get('MN');
    built.length = 0;
    cache.get('AZ');
    cache.get('RU');
    expect(built).toEqual(['RU']);
  });

  it('rebuilds what it was told to forget', () => {
    const { cache, built } = countingCache();
    cache.get('AZ');
    cache.get('RU');
    cache.forget('AZ');
    cache.get('AZ');
    cache.get('RU');
    expect(built).toEqual(['AZ', 'RU', 'AZ']);
    cache.forget();
    cache.get('RU');
    expect(built).toEqual(['AZ', 'RU', 'AZ', 'RU']);
  });
});
