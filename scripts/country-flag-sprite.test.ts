import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { countryFlagSprite, readCountryFlags } from './country-flag-sprite.mjs';

describe('countryFlagSprite', () => {
  it('puts each flag in its own cell, with a view named by its code', () => {
    const { source, codes } = countryFlagSprite([
      ['AZ', '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 513 342"><path d="M0 0h513v342H0z"/></svg>'],
      ['VN', '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 85.333 512 341.333"><path fill="#da251d" d="M0 85h512v341H0z"/></svg>'],
    ]);
    expect(codes).toEqual(['AZ', 'VN']);
    expect(source).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" viewBox="0 0 513 684">/);
    expect(source).toContain('<view id="AZ" viewBox="0 0 513 342"/><svg y="0" width="513" height="342" viewBox="0 0 513 342"><path d="M0 0h513v342H0z"/></svg>');
    expect(source).toContain('<view id="VN" viewBox="0 342 513 342"/><svg y="342" width="513" height="342" viewBox="0 85.333 512 341.333">');
  });

  it('holds every flag of country-flag-icons', () => {
    const flags = readCountryFlags(path.join(import.meta.dirname, '..', 'node_modules', 'country-flag-icons', '3x2'));
    const { codes } = countryFlagSprite(flags);
    expect(codes.length).toBeGreaterThan(240);
    expect(codes).toContain('AZ');
    expect(codes).toContain('KG');
  });
});
