import type { Handlers } from '../../contract';
import { measured, type Figure } from '../bench-figures';
import { benchQueries } from '../bench-queries';
import { summarizeTimings, type TimingSummary } from '../measure/sample-statistics';
import { repeatRuns, type RunPlan } from '../measure/time-runs';
import { requestOverTransport } from '../measure/request-over-transport';

export interface SearchFigures {
  search: Figure;
  /** Each query's own timings, to find the slow ones. */
  byQuery: Record<string, TimingSummary>;
}

/** Searches the fixed query mix round after round, as the search box asks (`search` request, default limit). */
export async function measureSearch(handlers: Handlers, plan: RunPlan): Promise<SearchFigures> {
  const all: number[] = [];
  const byQuery = new Map<string, number[]>(benchQueries.map((query) => [query, []]));
  await repeatRuns(plan, async () => {
    let round = 0;
    for (const query of benchQueries) {
      const started = performance.now();
      await requestOverTransport(handlers, 'search', { query });
      const took = performance.now() - started;
      all.push(took);
      byQuery.get(query)?.push(took);
      round += took;
    }
    return round;
  });
  return {
    search: measured(summarizeTimings(all)),
    byQuery: Object.fromEntries([...byQuery].map(([query, timings]) => [query, summarizeTimings(timings)])),
  };
}
