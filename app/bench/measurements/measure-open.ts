import { openDesk, type Desk } from '../../core/desk';
import { measured, type Figures } from '../bench-figures';
import { INDEX_READY_PROBE } from '../bench-queries';
import { collectGarbage } from '../measure/collect-garbage';
import type { MemoryWatch } from '../measure/memory-peaks';
import { summarizeTimings } from '../measure/sample-statistics';
import { repeatRuns, type RunPlan } from '../measure/time-runs';
import type { BenchData } from '../write-bench-data';

export interface OpenFigures {
  figures: Pick<Figures, 'open' | 'openDesk' | 'indexReady' | 'openAfterDatasetUpdate'>;
  /** The desk of the last run, left open (with its index complete) for the measurements that follow; the caller closes it. */
  desk: Desk;
}

interface TimedOpen {
  desk: Desk;
  deskMs: number;
  indexMs: number;
}

/** Opens the data folder as the app does (write access, the bundled dataset beside it) and searches once. */
async function timeOpen(data: BenchData, memory: MemoryWatch): Promise<TimedOpen> {
  collectGarbage();
  const started = performance.now();
  const desk = await openDesk({ dataDir: data.dataDir, resourcesDir: data.resourcesDir, access: 'write' });
  const deskReady = performance.now();
  await desk.search.ready;
  desk.search.search(INDEX_READY_PROBE);
  const indexReady = performance.now();
  memory.sample();
  return { desk, deskMs: deskReady - started, indexMs: indexReady - deskReady };
}

/**
 * Opens the data folder until its search index answers: `openDesk` (the records' index, settings, notes,
 * the search index file), then a first search once every record is searchable. The first open of freshly written data builds the search
 * index file, as the first open after a dataset update does: it is reported on its own. The runs that
 * follow are the open the officer waits for every day. Each run starts from the files and a collected
 * heap; the desk of every run but the last is closed.
 */
export async function measureOpen(data: BenchData, plan: RunPlan, memory: MemoryWatch): Promise<OpenFigures> {
  const first = await timeOpen(data, memory);
  await first.desk.close();
  const deskTimings: number[] = [];
  const indexTimings: number[] = [];
  let last: Desk | undefined;
  const openTimings = await repeatRuns(plan, async () => {
    await last?.close();
    last = undefined;
    const { desk, deskMs, indexMs } = await timeOpen(data, memory);
    last = desk;
    deskTimings.push(deskMs);
    indexTimings.push(indexMs);
    return deskMs + indexMs;
  });
  return {
    figures: {
      openAfterDatasetUpdate: measured(summarizeTimings([first.deskMs + first.indexMs])),
      open: measured(summarizeTimings(openTimings)),
      openDesk: measured(summarizeTimings(deskTimings)),
      indexReady: measured(summarizeTimings(indexTimings)),
    },
    desk: last as Desk,
  };
}
