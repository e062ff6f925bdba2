import type { SearchHit } from './search-hit';

/** The i18n key (with its namespace) naming what a hit is: a country, a personal note, or a record's kind. */
export function hitKindKey(kind: SearchHit['kind']): string {
  if (kind === 'note') return 'browse:search.note';
  if (kind === 'country') return 'browse:search.country';
  return `app:kinds.${kind}`;
}
