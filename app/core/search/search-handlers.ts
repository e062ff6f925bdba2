import type { Handlers } from '../../contract';
import type { Desk } from '../desk';

/** The `search` request: records and notes, both languages, diacritics ignored, best first. */
export function createSearchHandlers(desk: Desk): Pick<Handlers, 'search'> {
  return {
    async search({ query, limit, country }) {
      return desk.search.search(query, { limit, country });
    },
  };
}
