import type { SearchHit } from '../../../app/shared/search/search-hit';
import { api } from '../api';
import { useDebouncedValue } from '../notes/use-debounced-value';
import { useRequest } from '../use-request';

const DEBOUNCE_MS = 100;
const MAX_QUERY_LENGTH = 200;
const RESULT_LIMIT = 20;

/** What a search found, or why it failed: a failure is not an empty result. */
export type SearchResults = { query: string; hits: SearchHit[] } | { query: string; error: unknown } | undefined;

/**
 * Searches records and notes as the officer types, 100 ms after the last key; the last results stay in
 * view until the next arrive, and older replies are dropped.
 */
export function useSearchResults(query: string): SearchResults {
  const wanted = query.trim() === '' ? '' : query.slice(0, MAX_QUERY_LENGTH);
  const settled = useDebouncedValue(wanted, DEBOUNCE_MS);
  const [state] = useRequest(
    async () => ({ query: settled, hits: settled === '' ? [] : await api.search({ query: settled, limit: RESULT_LIMIT }) }),
    [settled],
  );
  if (wanted === '') return undefined;
  if (state.status === 'failed') return { query: settled, error: state.error };
  const value = state.status === 'done' ? state.value : state.previous;
  return value && value.query !== '' ? value : undefined;
}
