import type { Comparison } from './bench-comparisons';
import type { Figures } from './bench-figures';
import type { RankingAgreement } from './measurements/measure-ranking-agreement';
import type { StartScreenScripts } from './measurements/measure-start-screen';
import type { ScaleName } from './bench-scales';
import type { TargetCheck } from './bench-targets';
import type { MachineInfo } from './measure/machine-info';
import type { MemoryPeaks } from './measure/memory-peaks';
import type { TimingSummary } from './measure/sample-statistics';

/** Everything one bench run found: what `--json` prints and `--out` writes. */
export interface BenchReport {
  scale: ScaleName;
  seed: number;
  machine: MachineInfo;
  data: {
    countries: number;
    records: number;
    notes: number;
    recordsFileMb: number;
    generationMs: number;
  };
  /** Milliseconds; median and 95th percentile over the runs. */
  figures: Figures;
  /** Figures beside their floors, measured in the same run, with the ratios. */
  comparisons: Comparison[];
  /** Whether the top 5 of the broad queries agree with a full bm25 ranking of all their matches. */
  rankingAgreement: RankingAgreement;
  /** The JavaScript the built renderer's start screen loads (absent when the renderer is not built). */
  startScreen: StartScreenScripts | undefined;
  /** The search figure query by query. */
  searchByQuery: Record<string, TimingSummary>;
  memory: MemoryPeaks;
  targets: TargetCheck[];
  /** How long the whole bench took, generation included. */
  totalMs: number;
}
