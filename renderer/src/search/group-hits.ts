import type { SearchHit } from '../../../app/shared/search/search-hit';

export interface HitGroup {
  country: string;
  hits: SearchHit[];
}

/** Hits grouped by country, the groups in the order of their best hit; hits keep their order. */
export function groupHitsByCountry(hits: readonly SearchHit[]): HitGroup[] {
  const groups = new Map<string, SearchHit[]>();
  for (const hit of hits) groups.set(hit.country, [...(groups.get(hit.country) ?? []), hit]);
  return [...groups].map(([country, grouped]) => ({ country, hits: grouped }));
}

/** Where a hit takes the officer: the country's page, its record there, or the note (on its record, if any). */
export function hitLocation(hit: Pick<SearchHit, 'type' | 'id' | 'country' | 'recordId'>): string {
  if (hit.type === 'country') return `/country/${hit.country}`;
  if (hit.type === 'record') return `/country/${hit.country}?record=${encodeURIComponent(hit.id)}`;
  const record = hit.recordId ? `record=${encodeURIComponent(hit.recordId)}&` : '';
  return `/country/${hit.country}?${record}note=${encodeURIComponent(hit.id)}`;
}
