import type { Handlers } from '../../contract';
import type { SearchIndex } from './search-index';

/** The `search` request: records and notes, both languages, diacritics ignored, best first. */
export function createSearchHandlers(desk: { readonly search: SearchIndex }): Pick<Handlers, 'search'> {
  return {
    async search({ query, limit, country }) {
      return desk.search.search(query, { limit, country });
    },
  };
}
