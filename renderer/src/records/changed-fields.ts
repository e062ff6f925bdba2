import type { RelationsRecord } from '../../../app/shared/records/record-schema';

/** The top-level fields whose value differs between two versions of a record (in the later version's order). */
export function changedFields(before: RelationsRecord | undefined, after: RelationsRecord): string[] {
  if (!before) return [];
  const fields = new Set([...Object.keys(after), ...Object.keys(before)]);
  const value = (record: RelationsRecord, field: string) => JSON.stringify((record as Record<string, unknown>)[field]);
  return [...fields].filter((field) => value(before, field) !== value(after, field));
}
