import type { RelationsRecord } from '../../shared/records/record-schema';
import { foldVietnamese } from '../../shared/search/fold-vietnamese';
import type { CandidateFlag, ImportCandidate } from './import-candidate';
import { editDistance, translitKey } from './transliteration-key';

/** Same person: the same name or last word, or a long name spelt within two letters ("Kasimalyev", "Kasymaliev"). */
const sameName = (a: string, b: string) => {
  if (foldVietnamese(a) === foldVietnamese(b)) return true;
  const words = (name: string) => name.split(/[\s.]+/).filter((w) => w.length > 2).map(translitKey);
  const x = words(a);
  const y = words(b);
  const close = (w: string, v: string) => editDistance(w, v) <= 2;
  if (x.length > 0 && y.length > 0 && x.at(-1) === y.at(-1)) return true;
  return x.some((w) => w.length >= 7 && y.some((v) => v.length >= 7 && close(w, v)));
};

/** One date is the other or a more precise form of it ("2025-03" and "2025-03-06"). */
const compatibleDates = (a: string | undefined, b: string | undefined) => a !== undefined && b !== undefined && (a.startsWith(b) || b.startsWith(a));

/**
 * Whether a candidate states what an existing record states: same country and kind, and for trade the
 * same year and flow, for a visit the same principal and a compatible date, for relations always,
 * otherwise a compatible date.
 */
export function isDuplicate(candidate: RelationsRecord, existing: RelationsRecord): boolean {
  if (candidate.country !== existing.country || candidate.kind !== existing.kind) return false;
  if (candidate.kind === 'trade' && existing.kind === 'trade') return candidate.year === existing.year && candidate.flow === existing.flow;
  if (candidate.kind === 'visit' && existing.kind === 'visit') {
    return sameName(candidate.principal.name.vi, existing.principal.name.vi) && compatibleDates(candidate.date, existing.date);
  }
  // A country's relations are established once: another date for it is a disagreement between sources.
  if (candidate.kind === 'relations') return true;
  return compatibleDates(candidate.date, existing.date) && (candidate.kind !== 'agreement' || sameTopic(candidate.title.vi, existing.title.vi));
}

/** Agreements on one day may differ: they match when their names share most of their words. */
function sameTopic(a: string, b: string): boolean {
  const words = (text: string) => new Set(foldVietnamese(text).split(/\W+/).filter((w) => w.length > 2));
  const x = words(a);
  const y = words(b);
  const shared = [...x].filter((w) => y.has(w)).length;
  return shared >= Math.min(x.size, y.size) * 0.5;
}

/**
 * Marks each candidate that matches a record the desk already holds with that record's id, and says
 * whether it would make the held date more precise or disagrees with it (the review offers an edit,
 * a further source, or keeping both).
 */
export function markDuplicates(candidates: readonly ImportCandidate[], existing: readonly RelationsRecord[]): ImportCandidate[] {
  return candidates.map((candidate) => {
    const held = existing.find((record) => isDuplicate(candidate.record, record));
    if (!held) return { ...candidate, duplicateOf: null };
    const [mine, theirs] = [candidate.record.date, held.date];
    const flags: CandidateFlag[] = [...candidate.flags];
    if (mine && theirs && mine !== theirs) flags.push(mine.startsWith(theirs) ? 'more-precise-date' : theirs.startsWith(mine) ? 'less-precise-date' : 'sources-disagree');
    return { ...candidate, flags, duplicateOf: held.id };
  });
}
