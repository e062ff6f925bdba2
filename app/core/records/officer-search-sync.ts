import type { SearchIndex } from '../search/search-index';
import { overridesReference, type OfficerLayerView } from './merged-records';
import type { RecordsService } from './records-service';

/**
 * Brings the search's rows of records the officer's layer touched to what the merged view shows: an
 * added or edited record in, a retired one (or one whose add was undone) out, at once; one following the
 * reference again back to the reference version, when its country's file is read (the promise settles then).
 */
export async function syncOfficerSearch(
  index: Pick<SearchIndex, 'upsertRecord' | 'removeRecord'>,
  layer: OfficerLayerView,
  reference: RecordsService,
  ids: readonly string[],
): Promise<void> {
  const followingReference: { id: string; country: string }[] = [];
  for (const id of ids) {
    const entry = layer.entry(id);
    if (overridesReference(entry) && entry.retired === undefined) index.upsertRecord(entry.record);
    else index.removeRecord(id);
    if (entry !== undefined && entry.present && entry.origin === 'reference') followingReference.push({ id, country: entry.country });
  }
  for (const { id, country } of followingReference) {
    const record = await reference.findRecord(id, country);
    if (record) index.upsertRecord(record);
  }
}
