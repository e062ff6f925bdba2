import { z } from 'zod';
import { articleSchema, countryCodeSchema, relationsRecordSchema } from '../../shared/records/record-schema';
import { recordActionSchema, type RecordRetirement, type RecordUpdate } from '../../shared/records/record-layers';

/** The version of the files under records/mine/. */
export const OFFICER_FILES_VERSION = 1;

export const retirementSchema = z.object({ reason: z.string(), at: z.string(), by: z.string() }) satisfies z.ZodType<RecordRetirement>;

/**
 * What a record of the officer's layer is at one moment: `mine` (added by the officer), `edited` (a
 * reference record the officer changed or retired), `reference` (it follows the reference again after an
 * undo). `present: false` is a record of the officer's whose add was undone: gone from the view, history kept.
 */
const entryStateShape = {
  origin: z.enum(['mine', 'edited', 'reference']),
  present: z.boolean(),
  record: relationsRecordSchema,
  retired: retirementSchema.optional(),
};
export type EntryState = z.infer<z.ZodObject<typeof entryStateShape>>;

/** One saved state of an entry; `undoTo` is the revision an undo returns to (0: before the first one; absent: nothing). */
export const storedRevisionSchema = z.object({
  ...entryStateShape,
  revision: z.number().int().positive(),
  action: recordActionSchema,
  at: z.string(),
  by: z.string(),
  undoTo: z.number().int().nonnegative().optional(),
});
export type StoredRevision = z.infer<typeof storedRevisionSchema>;

/** A record of the officer's layer: its current state, the reference version an edit was based on, every revision. */
export const officerEntrySchema = z.object({
  ...entryStateShape,
  id: z.string().min(1),
  country: countryCodeSchema,
  base: relationsRecordSchema.optional(),
  revisions: z.array(storedRevisionSchema).min(1),
});
export type OfficerEntry = z.infer<typeof officerEntrySchema>;

/** records/mine/<CODE>.json */
export const officerCountryFileSchema = z.object({ schemaVersion: z.number().int(), entries: z.array(officerEntrySchema) });
export type OfficerCountryFile = z.infer<typeof officerCountryFileSchema>;

/** records/mine/articles.json: the articles the officer's records cite that the reference layer may not hold. */
export const officerArticlesFileSchema = z.object({ schemaVersion: z.number().int(), articles: z.array(articleSchema) });
export type OfficerArticlesFile = z.infer<typeof officerArticlesFileSchema>;

const recordUpdateSchema = z.object({
  id: z.string().min(1),
  country: countryCodeSchema,
  theirsBefore: relationsRecordSchema,
  theirsNow: relationsRecordSchema.optional(),
  mine: relationsRecordSchema,
  mineRetired: retirementSchema.optional(),
  fields: z.array(z.string()),
  from: z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('dataset'), fromVersion: z.string(), toVersion: z.string() }),
    z.object({ kind: z.literal('team') }),
  ]),
}) satisfies z.ZodType<RecordUpdate>;

/** records/mine/updates.json: the Updates list, awaiting the officer's decisions. */
export const updatesFileSchema = z.object({ schemaVersion: z.number().int(), updates: z.array(recordUpdateSchema) });
export type UpdatesFile = z.infer<typeof updatesFileSchema>;
