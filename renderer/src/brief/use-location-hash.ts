import { useSyncExternalStore } from 'react';

const subscribe = (onChange: () => void) => {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
};

/** The page's `location.hash`, followed as it changes (a warm printer shows brief after brief in one page). */
export function useLocationHash(): string {
  return useSyncExternalStore(subscribe, () => window.location.hash);
}
