import { Index } from 'flexsearch';
import type { RelationsRecord } from '../../shared/records/record-schema';
import type { Note } from '../../shared/notes/note-schema';
import { documentTexts, noteDocument, recordDocument } from '../../core/search/search-documents';
import { foldedText } from '../../core/search/search-tables';
import { benchQueries } from '../bench-queries';
import { summarizeTimings, type TimingSummary } from '../measure/sample-statistics';
import { repeatRuns, type RunPlan } from '../measure/time-runs';

/**
 * The floor of search: FlexSearch (an in-memory index, and a fast one) built over the same documents
 * folded the same way, searched with the same query mix, round after round, 20 hits each. It ranks
 * by its own rules and knows nothing of diacritics typed or fuzzy names: a floor, not a rival.
 */
export async function measureSearchFloor(
  records: readonly RelationsRecord[],
  notes: readonly Note[],
  plan: RunPlan,
): Promise<TimingSummary> {
  const index = new Index({ tokenize: 'forward' });
  let id = 0;
  for (const record of records) index.add(id++, foldedText(documentTexts(recordDocument(record)).join('\n')));
  for (const note of notes) {
    const { body, tags } = note;
    index.add(id++, foldedText(documentTexts(noteDocument({ id: note.id, country: note.country, recordId: note.recordId, body, tags })).join('\n')));
  }
  const queries = benchQueries.map((query) => foldedText(query));
  const timings: number[] = [];
  await repeatRuns(plan, async () => {
    let round = 0;
    for (const query of queries) {
      const started = performance.now();
      index.search(query, { limit: 20 });
      const took = performance.now() - started;
      timings.push(took);
      round += took;
    }
    return round;
  });
  return summarizeTimings(timings);
}
