import { useEffect } from 'react';
import { useLocation } from 'react-router';
import { recentItemOfPath } from './recent-item-of-path';
import type { RecentItem } from './recent-items';

/**
 * Remembers that the officer opened `item`, loading the list and its schema first: they load with the
 * first item remembered, not with the start screen.
 */
export function rememberVisit(item: RecentItem): void {
  void import('./use-recent-items').then(({ rememberRecentItem }) => rememberRecentItem(item));
}

/** Remembers each country page and brief builder the officer opens. */
export function useRememberVisits(): void {
  const { pathname } = useLocation();
  useEffect(() => {
    const item = recentItemOfPath(pathname);
    if (item) rememberVisit(item);
  }, [pathname]);
}
