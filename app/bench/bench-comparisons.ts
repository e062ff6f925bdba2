import type { Figures } from './bench-figures';
import type { TimingSummary } from './measure/sample-statistics';

/** Each measure set beside the floor it is bounded by, measured in the same run. */
export const comparisonIds = ['open', 'noteSave', 'search', 'cliStart', 'briefPdf', 'binderPdf'] as const;
export type ComparisonId = (typeof comparisonIds)[number];

/** The ratio each comparison should stay under, where the issue sets one. */
const RATIO_TARGETS: Partial<Record<ComparisonId, number>> = { search: 1.2, cliStart: 3, briefPdf: 1.3, binderPdf: 1.5 };
/** Which statistic each compares: what its target is about. */
const STATISTIC: Record<ComparisonId, 'median' | 'p95'> = {
  open: 'median',
  noteSave: 'median',
  search: 'p95',
  cliStart: 'median',
  briefPdf: 'median',
  binderPdf: 'median',
};

export interface Comparison {
  id: ComparisonId;
  statistic: 'median' | 'p95';
  /** Milliseconds: Country Desk's figure and its floor's. */
  value: number;
  floor: number;
  ratio: number;
  target?: number;
}

export type Floors = Partial<Record<ComparisonId, TimingSummary>>;

/** Country Desk's figure for each comparison: the bench's own, or (the command's start) one measured beside its floor. */
export function compareWithFloors(figures: Figures, floors: Floors, cliCountries: TimingSummary | undefined): Comparison[] {
  const measuredFigure = (id: Exclude<ComparisonId, 'cliStart'>) => {
    const figure = figures[id];
    return figure?.measured ? figure : undefined;
  };
  const ours: Record<ComparisonId, TimingSummary | undefined> = {
    open: measuredFigure('open'),
    noteSave: measuredFigure('noteSave'),
    search: measuredFigure('search'),
    cliStart: cliCountries,
    briefPdf: measuredFigure('briefPdf'),
    binderPdf: measuredFigure('binderPdf'),
  };
  return comparisonIds.flatMap((id) => {
    const value = ours[id];
    const floor = floors[id];
    if (value === undefined || floor === undefined) return [];
    const statistic = STATISTIC[id];
    const target = RATIO_TARGETS[id];
    return [{ id, statistic, value: value[statistic], floor: floor[statistic], ratio: value[statistic] / floor[statistic], ...(target !== undefined ? { target } : {}) }];
  });
}
