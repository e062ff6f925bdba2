import type { Handlers } from '../../contract';
import { AppError } from '../../shared/app-error';
import { briefSections, briefSpecSchema } from '../../shared/briefs/brief-spec';
import type { Country } from '../../shared/records/record-schema';
import { builtRendererDir } from '../../host/commands/serve-command';
import { findChromium } from '../../host/find-chromium';
import { measured, notMeasured, type Figure, type Figures } from '../bench-figures';
import { summarizeTimings } from '../measure/sample-statistics';
import { timeRuns, type RunPlan } from '../measure/time-runs';
import { requestOverTransport } from '../measure/request-over-transport';

const BINDER_COUNTRIES = 5;
const PREPARED = '2025-06-30';

/** The brief the builder proposes by default (`country-desk brief CODE`): Vietnamese, every section, all years, pinned notes. */
function defaultBrief(countries: readonly Country[]) {
  return briefSpecSchema.parse({
    countries: countries.map((country) => country.code),
    language: 'vi',
    sections: [...briefSections],
    notes: 'pinned',
    prepared: PREPARED,
  });
}

async function timePrinting(handlers: Handlers, countries: readonly Country[], plan: RunPlan): Promise<Figure> {
  try {
    const timings = await timeRuns(plan, () => requestOverTransport(handlers, 'printBrief', defaultBrief(countries)));
    return measured(summarizeTimings(timings));
  } catch (error) {
    if (error instanceof AppError) return notMeasured('print-failed', `${error.code} ${JSON.stringify(error.params)}`);
    throw error;
  }
}

/**
 * Prints one country's brief and a five-country binder to PDF through the `printBrief` request, as the
 * browser host does: each print starts Chromium, serves the renderer's print route and prints it.
 * `handlers` must print with the renderer in `rendererDir` (undefined: the renderer is not built).
 */
export async function measureBriefPdf(
  handlers: Handlers,
  countries: readonly Country[],
  rendererDir: string | undefined,
  plan: RunPlan,
): Promise<Pick<Figures, 'briefPdf' | 'binderPdf'>> {
  let missing: Figure | undefined;
  try {
    findChromium();
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    missing = notMeasured('chromium-not-found');
  }
  if (rendererDir === undefined) missing = notMeasured('renderer-not-built', builtRendererDir());
  if (missing) return { briefPdf: missing, binderPdf: missing };
  return {
    briefPdf: await timePrinting(handlers, countries.slice(0, 1), plan),
    binderPdf: await timePrinting(handlers, countries.slice(0, BINDER_COUNTRIES), plan),
  };
}
