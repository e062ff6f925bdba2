import type { CandidateFlag } from './import-candidate';
import type { FactUnit } from './fact-unit';

/** The partners an article is about: the countries its title and text name most (Vietnam aside). */
export function articlePartners(title: string, units: readonly FactUnit[], titleCountries: readonly string[]): string[] {
  const counts = new Map<string, number>();
  const add = (code: string, weight: number) => counts.set(code, (counts.get(code) ?? 0) + weight);
  for (const code of titleCountries) if (code !== 'VN') add(code, 5);
  for (const unit of units) for (const code of new Set(unit.countries.map((c) => c.code))) if (code !== 'VN') add(code, 1);
  const ranked = [...counts].sort((a, b) => b[1] - a[1]);
  const top = ranked[0]?.[1] ?? 0;
  return ranked.filter(([, count]) => count >= Math.max(2, top * 0.4)).map(([code]) => code);
}

/** Words that make a sentence naming an organisation still about the two countries. */
const BILATERAL = /song phương|hai nước|hai bên|giữa hai|bilateral|two countries|both countries|both sides/iu;

export interface Placement {
  country: string;
  flags: CandidateFlag[];
}

/**
 * The country a fact belongs to: the one country it names (flagged when the article is not about it);
 * else, when it names only an organisation (ASEAN, the IPU) and not the two countries, none; else the country of the sentences around it or the article's one partner
 * (flagged), or the first of several partners, flagged as uncertain.
 */
export function placeFact(unit: FactUnit, neighbours: readonly FactUnit[], partners: readonly string[]): Placement | undefined {
  const named = [...new Set(unit.countries.map((c) => c.code).filter((code) => code !== 'VN'))];
  if (named.length === 1) return { country: named[0]!, flags: partners.length === 0 || partners.includes(named[0]!) ? [] : ['country-uncertain'] };
  if (named.length > 1) {
    const partner = named.filter((code) => partners.includes(code));
    return { country: partner[0] ?? named[0]!, flags: partner.length === 1 ? [] : ['country-uncertain'] };
  }
  if (unit.namesOrganisation && !BILATERAL.test(unit.text)) return undefined;
  if (partners.length === 1) return { country: partners[0]!, flags: ['country-from-article'] };
  const around = neighbours
    .filter((n) => n.block === unit.block && n.start < unit.start)
    .flatMap((n) => n.countries.map((c) => c.code))
    .filter((code) => partners.includes(code));
  if (around.length > 0) return { country: around.at(-1)!, flags: ['country-from-article'] };
  return partners[0] ? { country: partners[0], flags: ['country-uncertain'] } : undefined;
}
