import { mkdtemp, open, readFile, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { summarizeTimings, type TimingSummary } from '../measure/sample-statistics';
import { timeRuns, type RunPlan } from '../measure/time-runs';

/**
 * The floor of saving a note: what a durable write of a file that size cannot skip. Write a temporary
 * file, fsync it, rename it over the note, fsync the folder; `sample` is a note file of the data folder.
 */
export async function measureNoteSaveFloor(sample: string, scratchParent: string, plan: RunPlan): Promise<TimingSummary> {
  const content = await readFile(sample);
  const folder = await mkdtemp(path.join(scratchParent, 'note-save-floor-'));
  const target = path.join(folder, 'note.json');
  try {
    const timings = await timeRuns(plan, async (index) => {
      const temporary = `${target}.${index}.tmp`;
      const file = await open(temporary, 'w');
      try {
        await file.writeFile(content);
        await file.sync();
      } finally {
        await file.close();
      }
      await rename(temporary, target);
      const directory = await open(folder, 'r');
      try {
        await directory.sync();
      } finally {
        await directory.close();
      }
    });
    return summarizeTimings(timings);
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}
