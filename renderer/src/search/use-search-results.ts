import { useEffect, useState } from 'react';
import type { SearchHit } from '../../../app/shared/search/search-hit';
import { api } from '../api';

const DEBOUNCE_MS = 100;
const MAX_QUERY_LENGTH = 200;
const RESULT_LIMIT = 20;

export type SearchResults = { query: string; hits: SearchHit[] } | undefined;

/** Searches records and notes as the officer types, 100 ms after the last key; older replies are dropped. */
export function useSearchResults(query: string): SearchResults {
  const [results, setResults] = useState<SearchResults>(undefined);
  const wanted = query.trim() === '' ? '' : query.slice(0, MAX_QUERY_LENGTH);

  useEffect(() => {
    if (wanted === '') return;
    let current = true;
    const timer = setTimeout(() => {
      api.search({ query: wanted, limit: RESULT_LIMIT }).then(
        (hits) => current && setResults({ query: wanted, hits }),
        (error: unknown) => {
          if (current) setResults({ query: wanted, hits: [] });
          console.error(error);
        },
      );
    }, DEBOUNCE_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [wanted]);

  return wanted === '' ? undefined : results;
}
