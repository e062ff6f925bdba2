export interface RunPlan {
  /** How many times to run. */
  runs: number;
  /** Stop early once the runs so far took this long (at least one run is always made). */
  budgetMs?: number;
}

/** Repeats `run`, which measures itself and returns the milliseconds it took, as `plan` says. */
export async function repeatRuns({ runs, budgetMs = Number.POSITIVE_INFINITY }: RunPlan, run: (index: number) => Promise<number>): Promise<number[]> {
  const timings: number[] = [];
  let spent = 0;
  for (let index = 0; index < runs && (index === 0 || spent < budgetMs); index += 1) {
    const took = await run(index);
    timings.push(took);
    spent += took;
  }
  return timings;
}

/** Runs `operation` one time after another and returns how long each run took, in milliseconds. */
export function timeRuns(plan: RunPlan, operation: (index: number) => unknown): Promise<number[]> {
  return repeatRuns(plan, async (index) => {
    const started = performance.now();
    await operation(index);
    return performance.now() - started;
  });
}
