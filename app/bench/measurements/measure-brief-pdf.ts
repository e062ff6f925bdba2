import type { Handlers } from '../../contract';
import type { WarmRoutePrinter } from '../../core/briefs/warm-route-printer';
import { AppError } from '../../shared/app-error';
import { briefPrintRoute } from '../../shared/briefs/brief-print-route';
import { briefSections, briefSpecSchema, type BriefSpec } from '../../shared/briefs/brief-spec';
import type { Country } from '../../shared/records/record-schema';
import { builtRendererDir } from '../../host/commands/serve-command';
import { findChromium } from '../../host/find-chromium';
import type { Floors } from '../bench-comparisons';
import { measured, notMeasured, type Figure, type Figures } from '../bench-figures';
import { summarizeTimings } from '../measure/sample-statistics';
import { repeatRuns, type RunPlan } from '../measure/time-runs';
import { requestOverTransport } from '../measure/request-over-transport';

const BINDER_COUNTRIES = 5;
const PREPARED = '2025-06-30';

/** The brief the builder proposes by default (`country-desk brief CODE`): Vietnamese, every section, all years, pinned notes. */
function defaultBrief(countries: readonly Country[]): BriefSpec {
  return briefSpecSchema.parse({
    countries: countries.map((country) => country.code),
    language: 'vi',
    sections: [...briefSections],
    notes: 'pinned',
    prepared: PREPARED,
  });
}

async function timed(operation: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await operation();
  return performance.now() - started;
}

interface PrintTimings {
  figure: Figure;
  /** `page.pdf()` of the same page, already shown, in the same Chromium: undefined when printing failed. */
  floor?: ReturnType<typeof summarizeTimings>;
}

/**
 * Prints the brief of `countries` through the `printBrief` request, and after each print its floor: the
 * printer's page showing the whole brief (already there for one country; a binder's last print is its
 * front matter, so the whole binder is shown again, untimed) printed once more as it is.
 */
async function timePrinting(handlers: Handlers, printer: WarmRoutePrinter, countries: readonly Country[], plan: RunPlan): Promise<PrintTimings> {
  const spec = defaultBrief(countries);
  const floor: number[] = [];
  try {
    const timings = await repeatRuns(plan, async () => {
      const took = await timed(() => requestOverTransport(handlers, 'printBrief', spec));
      if (spec.countries.length > 1) await printer.print(briefPrintRoute(spec));
      floor.push(await timed(() => printer.printShown()));
      return took;
    });
    return { figure: measured(summarizeTimings(timings)), floor: summarizeTimings(floor) };
  } catch (error) {
    if (error instanceof AppError) return { figure: notMeasured('print-failed', `${error.code} ${JSON.stringify(error.params)}`) };
    throw error;
  }
}

export interface BriefPdfFigures {
  figures: Pick<Figures, 'briefPdf' | 'binderPdf'>;
  floors: Pick<Floors, 'briefPdf' | 'binderPdf'>;
}

/**
 * Prints one country's brief and a five-country binder to PDF through the `printBrief` request, as the
 * browser host does (one warm Chromium, `printer`, which `handlers` print with), each beside its floor
 * measured in the same Chromium right after it.
 * `handlers` must print with the renderer in `rendererDir` (undefined: the renderer is not built).
 */
export async function measureBriefPdf(
  handlers: Handlers,
  printer: WarmRoutePrinter,
  countries: readonly Country[],
  rendererDir: string | undefined,
  plan: RunPlan,
): Promise<BriefPdfFigures> {
  let missing: Figure | undefined;
  try {
    findChromium();
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    missing = notMeasured('chromium-not-found');
  }
  if (rendererDir === undefined) missing = notMeasured('renderer-not-built', builtRendererDir());
  if (missing) return { figures: { briefPdf: missing, binderPdf: missing }, floors: {} };
  // The first print starts Chromium (and waits for the machine): untimed, so that both figures are what
  // every print after the first takes, on the running printer its floor is measured in.
  const warmUp = await timePrinting(handlers, printer, countries.slice(0, 1), { runs: 1 });
  if (!warmUp.figure.measured) return { figures: { briefPdf: warmUp.figure, binderPdf: warmUp.figure }, floors: {} };
  const brief = await timePrinting(handlers, printer, countries.slice(0, 1), plan);
  const binder = await timePrinting(handlers, printer, countries.slice(0, BINDER_COUNTRIES), plan);
  return {
    figures: { briefPdf: brief.figure, binderPdf: binder.figure },
    floors: { ...(brief.floor ? { briefPdf: brief.floor } : {}), ...(binder.floor ? { binderPdf: binder.floor } : {}) },
  };
}
