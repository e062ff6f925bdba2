import type { Handlers, RequestInput } from '../../contract';
import type { Country } from '../../shared/records/record-schema';
import type { Note } from '../../shared/notes/note-schema';
import { measured, type Figure } from '../bench-figures';
import { summarizeTimings } from '../measure/sample-statistics';
import { repeatRuns, type RunPlan } from '../measure/time-runs';
import { requestOverTransport } from '../measure/request-over-transport';
import { createSeededRandom } from '../synthetic/seeded-random';
import { syntheticNoteBody, syntheticNoteId } from '../synthetic/synthetic-notes';

type SaveNoteRequest = RequestInput<'saveNote'>;

const edited = (note: Pick<Note, 'id' | 'country' | 'recordId' | 'body' | 'tags' | 'pinned'>, line: string): SaveNoteRequest => ({
  id: note.id,
  country: note.country,
  ...(note.recordId !== undefined ? { recordId: note.recordId } : {}),
  body: `${note.body}\n- ${line}`,
  tags: note.tags,
  pinned: note.pinned,
});

/**
 * The saves an officer's editing makes, in cycles of four: a new note, two autosaves while it is typed,
 * then an edit of an older note (which also keeps its previous text as a revision).
 */
export function noteSaveSequence(count: number, countries: readonly Country[], olderNotes: readonly Note[], seed: number): SaveNoteRequest[] {
  const random = createSeededRandom(seed);
  const saves: SaveNoteRequest[] = [];
  let typing: SaveNoteRequest | undefined;
  for (let run = 0; run < count; run += 1) {
    const step = run % 4;
    const cycle = Math.floor(run / 4);
    const older = olderNotes.length > 0 ? olderNotes[cycle % olderNotes.length] : undefined;
    if (step === 3 && older) {
      saves.push(edited(older, 'cập nhật sau cuộc họp giao ban'));
      continue;
    }
    if (step === 0 || typing === undefined) {
      const country = countries[cycle % countries.length] as Country;
      typing = { id: syntheticNoteId(random), country: country.code, body: syntheticNoteBody(random, country), tags: [], pinned: false };
    } else {
      typing = edited(typing, `ý bổ sung ${step}: chuẩn bị đề cương hội đàm`);
    }
    saves.push(typing);
  }
  return saves;
}

export interface NoteSaveTarget {
  handlers: Handlers;
  saves: readonly SaveNoteRequest[];
}

/**
 * Times each save until it is durably on disk (`saveNote` resolves after the fsynced write). With several
 * desks (this scale and the small one), their saves alternate, so that whatever else the machine is doing
 * weighs on both alike and the comparison shows what the size of the data costs.
 */
export async function measureNoteSaves(targets: readonly NoteSaveTarget[], plan: RunPlan): Promise<Figure[]> {
  const timings = targets.map((): number[] => []);
  const runs = Math.min(plan.runs, ...targets.map((target) => target.saves.length));
  await repeatRuns({ ...plan, runs }, async (run) => {
    let spent = 0;
    for (const [index, target] of targets.entries()) {
      const started = performance.now();
      await requestOverTransport(target.handlers, 'saveNote', target.saves[run] as SaveNoteRequest);
      const took = performance.now() - started;
      timings[index]?.push(took);
      spent += took;
    }
    return spent;
  });
  return timings.map((samples) => measured(summarizeTimings(samples)));
}
