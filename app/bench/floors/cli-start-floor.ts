import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { packageRoot } from '../../core/package-root';
import { summarizeTimings, type TimingSummary } from '../measure/sample-statistics';
import { timeRuns, type RunPlan } from '../measure/time-runs';

const run = promisify(execFile);

export interface CliStartFigures {
  /** `country-desk countries --data DIR`, as the README runs it (the bin, no npx). */
  countries: TimingSummary;
  /** Its floor: `node -e 0`, a Node process that does nothing. */
  node: TimingSummary;
}

/** Times the start of a command against the start of Node itself, alternating the two. */
export async function measureCliStart(dataDir: string, plan: RunPlan): Promise<CliStartFigures> {
  const bin = path.join(packageRoot(), 'bin', 'country-desk.mjs');
  const countries: number[] = [];
  const node = await timeRuns(plan, async () => {
    const started = performance.now();
    await run(process.execPath, [bin, 'countries', '--data', dataDir]);
    countries.push(performance.now() - started);
    await run(process.execPath, ['-e', '0']);
  });
  // Each `node` run above timed both processes: take the command's part out.
  return { countries: summarizeTimings(countries), node: summarizeTimings(node.map((both, index) => both - (countries[index] ?? 0))) };
}
