import type { RecentItem } from './recent-items';

/** The item a screen's address names: a country page or a country's brief builder; none for others. */
export function recentItemOfPath(pathname: string): RecentItem | undefined {
  const match = /^\/country\/([A-Z]{2})(\/brief)?$/.exec(pathname);
  if (!match?.[1]) return undefined;
  return { type: match[2] ? 'brief' : 'country', country: match[1] };
}
