import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { collectGarbage } from '../measure/collect-garbage';
import { summarizeTimings, type TimingSummary } from '../measure/sample-statistics';
import { repeatRuns, type RunPlan } from '../measure/time-runs';

/** Every JSON file of a data folder, its subfolders (notes/) included. */
async function jsonFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((entry) => entry.isFile() && entry.name.endsWith('.json')).map((entry) => path.join(entry.parentPath, entry.name));
}

/**
 * The floor of opening a data folder: reading and parsing the same JSON files (records, settings, every
 * note) in a bare loop, with no validation, no search index and nothing kept.
 */
export async function measureOpenFloor(dataDir: string, plan: RunPlan): Promise<TimingSummary> {
  const files = await jsonFiles(dataDir);
  const timings = await repeatRuns(plan, async () => {
    collectGarbage();
    const started = performance.now();
    await Promise.all(files.map(async (file) => JSON.parse(await readFile(file, 'utf8')) as unknown));
    return performance.now() - started;
  });
  return summarizeTimings(timings);
}
