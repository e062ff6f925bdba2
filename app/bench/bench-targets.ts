import type { FigureId, Figures } from './bench-figures';
import type { ScaleName } from './bench-scales';
import type { MemoryPeaks } from './measure/memory-peaks';

/**
 * The targets set for the large scale on a 2-core machine; every scale is checked against them, with the
 * limit of its own scale where `limitAt` gives one (opening reads the records' index only: ≤ 300 ms at
 * large, ≤ 500 ms at xl).
 */
export const benchTargets = [
  { id: 'open', figure: 'open', statistic: 'median', limit: 300, limitAt: { xl: 500 } },
  { id: 'search', figure: 'search', statistic: 'p95', limit: 10 },
  { id: 'noteSave', figure: 'noteSave', statistic: 'p95', limit: 30 },
  { id: 'noteSaveGrowth', figure: 'noteSave', statistic: 'medianRatioToSmallScale', limit: 1.5, smallScale: 'noteSaveSmallScale' },
  { id: 'recordSave', figure: 'recordSave', statistic: 'p95', limit: 30 },
  { id: 'recordSaveGrowth', figure: 'recordSave', statistic: 'medianRatioToSmallScale', limit: 1.5, smallScale: 'recordSaveSmallScale' },
  { id: 'countryPage', figure: 'countryPage', statistic: 'p95', limit: 50 },
  { id: 'briefPdf', figure: 'briefPdf', statistic: 'median', limit: 3_000 },
  { id: 'articleImport', figure: 'articleImport', statistic: 'p95', limit: 1_000 },
] as const satisfies readonly { id: string; figure: FigureId; statistic: string; limit: number; limitAt?: Partial<Record<ScaleName, number>>; smallScale?: FigureId }[];

/** The peak memory of the whole run (RSS, MB), at the scales it is set for. */
export const memoryTarget = { id: 'rssPeak', statistic: 'peak', limit: 400, scales: ['xl'] } as const;

export type BenchTarget = (typeof benchTargets)[number];
export type TargetId = BenchTarget['id'] | (typeof memoryTarget)['id'];

export interface TargetCheck {
  id: TargetId;
  statistic: BenchTarget['statistic'] | (typeof memoryTarget)['statistic'];
  /** Milliseconds, a ratio for the growth targets, megabytes for `rssPeak`. */
  limit: number;
  value?: number;
  status: 'met' | 'missed' | 'not-measured';
}

function targetValue(target: BenchTarget, figures: Figures): number | undefined {
  const figure = figures[target.figure];
  if (!figure?.measured) return undefined;
  if (target.statistic !== 'medianRatioToSmallScale') return figure[target.statistic];
  const small = figures[target.smallScale];
  return small?.measured ? figure.median / small.median : undefined;
}

const check = (id: TargetId, statistic: TargetCheck['statistic'], limit: number, value: number | undefined): TargetCheck =>
  value === undefined ? { id, statistic, limit, status: 'not-measured' } : { id, statistic, limit, value, status: value <= limit ? 'met' : 'missed' };

/**
 * Checks the figures of a scale against every target (the growth of saves only where a small-scale
 * figure was taken), and the run's peak memory where a limit is set for the scale.
 */
export function checkTargets(figures: Figures, scale: ScaleName, memory?: MemoryPeaks): TargetCheck[] {
  const checks = benchTargets
    .filter((target) => target.statistic !== 'medianRatioToSmallScale' || figures[target.smallScale] !== undefined)
    .map((target) => {
      const limitAt: Partial<Record<ScaleName, number>> = 'limitAt' in target ? target.limitAt : {};
      return check(target.id, target.statistic, limitAt[scale] ?? target.limit, targetValue(target, figures));
    });
  const scales: readonly ScaleName[] = memoryTarget.scales;
  if (!scales.includes(scale)) return checks;
  return [...checks, check(memoryTarget.id, memoryTarget.statistic, memoryTarget.limit, memory?.rssPeakMb)];
}
