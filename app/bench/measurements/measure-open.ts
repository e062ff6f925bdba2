import { openDesk, type Desk } from '../../core/desk';
import { measured, type Figures } from '../bench-figures';
import { INDEX_READY_PROBE } from '../bench-queries';
import { collectGarbage } from '../measure/collect-garbage';
import type { MemoryWatch } from '../measure/memory-peaks';
import { summarizeTimings } from '../measure/sample-statistics';
import { repeatRuns, type RunPlan } from '../measure/time-runs';
import type { BenchData } from '../write-bench-data';

export interface OpenFigures {
  figures: Pick<Figures, 'open' | 'openDesk' | 'indexReady'>;
  /** The desk of the last run, left open (with its index complete) for the measurements that follow; the caller closes it. */
  desk: Desk;
}

/**
 * Opens the data folder as the app does (write access, the bundled dataset beside it) until the
 * search index is complete: `openDesk` (records, settings, notes), then the index finished by a first
 * search. Each run starts from the files and a collected heap; the desk of every run but the last is closed.
 */
export async function measureOpen(data: BenchData, plan: RunPlan, memory: MemoryWatch): Promise<OpenFigures> {
  const deskTimings: number[] = [];
  const indexTimings: number[] = [];
  let last: Desk | undefined;
  const openTimings = await repeatRuns(plan, async () => {
    await last?.close();
    last = undefined;
    collectGarbage();
    const started = performance.now();
    last = await openDesk({ dataDir: data.dataDir, resourcesDir: data.resourcesDir, access: 'write' });
    const deskReady = performance.now();
    last.search.search(INDEX_READY_PROBE);
    const indexReady = performance.now();
    memory.sample();
    deskTimings.push(deskReady - started);
    indexTimings.push(indexReady - deskReady);
    return indexReady - started;
  });
  return {
    figures: {
      open: measured(summarizeTimings(openTimings)),
      openDesk: measured(summarizeTimings(deskTimings)),
      indexReady: measured(summarizeTimings(indexTimings)),
    },
    desk: last as Desk,
  };
}
