import { z } from 'zod';
import { articleSchema, relationsRecordSchema, type RelationsRecord } from '../../shared/records/record-schema';

/**
 * A patch file for `records edit`: the fields of the record to change, merged onto the current record as a
 * JSON merge patch (RFC 7396: an object merges into the field's object, `null` removes an optional field,
 * anything else replaces it), and the articles a new source cites that the folder does not hold yet.
 */
export const recordPatchFileSchema = z
  .object({ articles: z.array(articleSchema).max(50).default([]) }, { error: 'expected a JSON object' })
  .catchall(z.unknown())
  .refine((patch) => Object.keys(patch).some((key) => key !== 'articles'), { error: 'the patch changes no field', params: { problem: 'patch-empty' } });
export type RecordPatchFile = z.infer<typeof recordPatchFileSchema>;

const isPlainObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** RFC 7396's MergePatch of `patch` onto `target`; neither is changed. */
export function applyMergePatch(target: unknown, patch: unknown): unknown {
  if (!isPlainObject(patch)) return patch;
  const merged: Record<string, unknown> = isPlainObject(target) ? { ...target } : {};
  for (const [key, value] of Object.entries(patch)) {
    if (value === null) delete merged[key];
    else merged[key] = applyMergePatch(merged[key], value);
  }
  return merged;
}

/** The patched record must be a whole valid record, with the id and country of the one it edits. */
export function patchedRecordSchema(current: RelationsRecord) {
  return relationsRecordSchema.superRefine((record, ctx) => {
    for (const field of ['id', 'country'] as const) {
      if (record[field] !== current[field]) {
        ctx.addIssue({ code: 'custom', path: [field], input: record[field], message: `${field} cannot be changed by an edit`, params: { problem: 'patch-fixed', value: current[field] } });
      }
    }
  });
}

/** The current record with the patch's fields merged on (the patch's `articles` are not fields of the record). */
export function mergeRecordPatch(current: RelationsRecord, patch: RecordPatchFile): unknown {
  return applyMergePatch(current, Object.fromEntries(Object.entries(patch).filter(([key]) => key !== 'articles')));
}
