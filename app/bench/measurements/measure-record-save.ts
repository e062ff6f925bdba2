import type { Handlers } from '../../contract';
import type { RelationsRecord } from '../../shared/records/record-schema';
import { measured, type Figure } from '../bench-figures';
import { summarizeTimings } from '../measure/sample-statistics';
import { repeatRuns, type RunPlan } from '../measure/time-runs';
import { requestOverTransport } from '../measure/request-over-transport';

/** Every this many saves, one is a new record of the officer's; the others edit the reference record. */
const ADD_EVERY = 8;

export interface RecordSaveTarget {
  handlers: Handlers;
  /** A reference record of some country, edited again and again (its title alternating). */
  reference: RelationsRecord;
}

const retitled = (record: RelationsRecord, edited: boolean): RelationsRecord =>
  edited ? { ...record, title: { ...record.title, vi: `${record.title.vi} (đã cập nhật)`, en: `${record.title.en} (updated)` } } : record;

/**
 * The saves an officer's record forms make on one desk: edits of the reference record, each based on the
 * revision the previous one left, its title alternating, and every eighth save a new record (a copy under
 * a fresh id). `finish` puts the folder back as the search sees it: the adds undone, the title as it was.
 */
function recordSaves({ handlers, reference }: RecordSaveTarget) {
  let basedOn = 0;
  let edits = 0;
  const added: string[] = [];
  return {
    async save(run: number): Promise<void> {
      if (run % ADD_EVERY === ADD_EVERY - 1) {
        const id = `${reference.id}-bench-${run}`;
        await requestOverTransport(handlers, 'addRecord', { record: { ...reference, id }, articles: [] });
        added.push(id);
        return;
      }
      edits += 1;
      const { value } = await requestOverTransport(handlers, 'editRecord', { id: reference.id, record: retitled(reference, edits % 2 === 1), articles: [], basedOn });
      basedOn = value.mark.revision;
    },
    async finish(): Promise<void> {
      for (const id of added) await requestOverTransport(handlers, 'undoRecordChange', { id });
      if (edits % 2 === 1) await requestOverTransport(handlers, 'editRecord', { id: reference.id, record: reference, articles: [], basedOn });
    },
  };
}

/**
 * Times each record save until it is written (`editRecord` and `addRecord` resolve after the country's
 * file under records/mine/ is). With several desks (this scale and the small one), their saves alternate,
 * so that whatever else the machine is doing weighs on both alike and the comparison shows what the size
 * of the data costs.
 */
export async function measureRecordSaves(targets: readonly RecordSaveTarget[], plan: RunPlan): Promise<Figure[]> {
  const savers = targets.map(recordSaves);
  const timings = targets.map((): number[] => []);
  await repeatRuns(plan, async (run) => {
    let spent = 0;
    for (const [index, saver] of savers.entries()) {
      const started = performance.now();
      await saver.save(run);
      const took = performance.now() - started;
      timings[index]?.push(took);
      spent += took;
    }
    return spent;
  });
  for (const saver of savers) await saver.finish();
  return timings.map((samples) => measured(summarizeTimings(samples)));
}
