import type { RelationsRecord } from '../../../app/shared/records/record-schema';

/** One row of the three versions side by side: a top-level field and whether the versions disagree on it. */
export interface ComparedField {
  field: string;
  differs: boolean;
}

/** The fields every screen shows first, in this order; the rest follow in the order the records hold them. */
const LEADING_FIELDS = ['kind', 'title', 'summary', 'date', 'dateEnd', 'status'];
/** Fields that name the record rather than describe it: the same in every version, not worth a row. */
const IDENTITY_FIELDS = new Set(['id', 'country']);

/** JSON with object keys sorted, so two values that differ only in key order compare equal. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value).filter(([, inner]) => inner !== undefined);
    entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, inner]) => `${JSON.stringify(key)}:${canonical(inner)}`).join(',')}}`;
  }
  return value === undefined ? 'undefined' : JSON.stringify(value);
}

export function sameFieldValue(a: unknown, b: unknown): boolean {
  return canonical(a) === canonical(b);
}

function fieldOf(record: RelationsRecord | undefined, field: string): unknown {
  return record ? (record as Record<string, unknown>)[field] : undefined;
}

/**
 * The rows of the comparison of a record's versions (absent ones, e.g. a version an update removed, are
 * skipped): every field any version has, leading fields first, each marked where the versions disagree.
 */
export function compareRecordVersions(versions: readonly (RelationsRecord | undefined)[]): ComparedField[] {
  const present = versions.filter((version): version is RelationsRecord => version !== undefined);
  const names = new Set<string>();
  for (const version of present) for (const field of Object.keys(version)) if (!IDENTITY_FIELDS.has(field)) names.add(field);
  const ordered = [...LEADING_FIELDS.filter((field) => names.has(field)), ...[...names].filter((field) => !LEADING_FIELDS.includes(field))];
  return ordered.map((field) => {
    const [first, ...rest] = present.map((version) => fieldOf(version, field));
    return { field, differs: rest.some((value) => !sameFieldValue(first, value)) };
  });
}
