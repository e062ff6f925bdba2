import type { FigureId, Figures } from './bench-figures';

/** The targets set for the large scale on a 2-core machine; every scale is checked against them. */
export const benchTargets = [
  { id: 'open', figure: 'open', statistic: 'median', limit: 1_500 },
  { id: 'search', figure: 'search', statistic: 'p95', limit: 10 },
  { id: 'noteSave', figure: 'noteSave', statistic: 'p95', limit: 30 },
  { id: 'noteSaveGrowth', figure: 'noteSave', statistic: 'medianRatioToSmallScale', limit: 1.5 },
  { id: 'countryPage', figure: 'countryPage', statistic: 'p95', limit: 50 },
  { id: 'briefPdf', figure: 'briefPdf', statistic: 'median', limit: 3_000 },
  { id: 'articleImport', figure: 'articleImport', statistic: 'p95', limit: 1_000 },
] as const satisfies readonly { id: string; figure: FigureId; statistic: string; limit: number }[];

export type BenchTarget = (typeof benchTargets)[number];
export type TargetId = BenchTarget['id'];

export interface TargetCheck {
  id: TargetId;
  statistic: BenchTarget['statistic'];
  /** Milliseconds, or a ratio for `noteSaveGrowth`. */
  limit: number;
  value?: number;
  status: 'met' | 'missed' | 'not-measured';
}

function targetValue(target: BenchTarget, figures: Figures): number | undefined {
  const figure = figures[target.figure];
  if (!figure?.measured) return undefined;
  if (target.statistic !== 'medianRatioToSmallScale') return figure[target.statistic];
  const small = figures.noteSaveSmallScale;
  return small?.measured ? figure.median / small.median : undefined;
}

/** Checks the figures against every target; the growth of note saves only where a small-scale figure was taken. */
export function checkTargets(figures: Figures): TargetCheck[] {
  return benchTargets
    .filter((target) => target.statistic !== 'medianRatioToSmallScale' || figures.noteSaveSmallScale !== undefined)
    .map((target) => {
      const value = targetValue(target, figures);
      const { id, statistic, limit } = target;
      if (value === undefined) return { id, statistic, limit, status: 'not-measured' };
      return { id, statistic, limit, value, status: value <= limit ? 'met' : 'missed' };
    });
}
