import type { Handlers } from '../../contract';
import type { Country } from '../../shared/records/record-schema';
import { measured, type Figure } from '../bench-figures';
import { summarizeTimings } from '../measure/sample-statistics';
import { timeRuns, type RunPlan } from '../measure/time-runs';
import { requestOverTransport } from '../measure/request-over-transport';

/** Asks for country pages (`getCountry`: the country, its records in order, the articles they cite), the countries in turn. */
export async function measureCountryPage(handlers: Handlers, countries: readonly Country[], plan: RunPlan): Promise<Figure> {
  const timings = await timeRuns(plan, async (run) => {
    const country = countries[run % countries.length] as Country;
    await requestOverTransport(handlers, 'getCountry', { code: country.code });
  });
  return measured(summarizeTimings(timings));
}
