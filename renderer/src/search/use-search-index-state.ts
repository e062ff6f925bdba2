import { useEffect } from 'react';
import type { SearchIndexState } from '../../../app/shared/search/search-index-state';
import { api } from '../api';
import { useRequest } from '../use-request';

/** How often the state is asked again while the index is being built. */
const WHILE_BUILDING_MS = 1_000;

/**
 * Where the search index is (from the desk's status), asked again every second while it is being built
 * in the background; undefined until the first answer, or when the status cannot be read (the notice
 * banner tells that failure).
 */
export function useSearchIndexState(): SearchIndexState | undefined {
  const [status, { reload }] = useRequest(() => api.getStatus({}), []);
  // While it is asked again, the last answer stays in view.
  const shown = status.status === 'done' ? status.value : status.status === 'loading' ? status.previous : undefined;
  const state = shown?.searchIndex;
  const building = state?.state === 'building';
  useEffect(() => {
    if (!building) return undefined;
    const timer = setTimeout(reload, WHILE_BUILDING_MS);
    return () => clearTimeout(timer);
  }, [building, state, reload]);
  return state;
}
