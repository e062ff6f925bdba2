import { useSyncExternalStore } from 'react';
import { parseRecentItems, RECENT_STORAGE_KEY, withRecentItem, type RecentItem } from './recent-items';

const listeners = new Set<() => void>();

/** Remembers that the officer opened `item` (on this computer). */
export function rememberRecentItem(item: RecentItem): void {
  const items = withRecentItem(parseRecentItems(localStorage.getItem(RECENT_STORAGE_KEY)), item);
  localStorage.setItem(RECENT_STORAGE_KEY, JSON.stringify(items));
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The items opened lately, newest first. */
export function useRecentItems(): RecentItem[] {
  const stored = useSyncExternalStore(subscribe, () => localStorage.getItem(RECENT_STORAGE_KEY));
  return parseRecentItems(stored);
}
