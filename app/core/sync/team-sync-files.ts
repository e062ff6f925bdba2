import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { z } from 'zod';
import { appErrorCodes } from '../../shared/app-error';
import { articleSchema, countryCodeSchema, relationsRecordSchema } from '../../shared/records/record-schema';
import type { OfficerChange } from '../records/officer-layer';
import { retirementSchema } from '../records/officer-files-schema';
import type { DataFile } from '../store/data-file';
import { openTeamFile, TEAM_FILES_VERSION } from './team-join-file';

const STATE_FILE = path.join('team', 'state.json');
const OUTBOX_FILE = path.join('team', 'outbox.json');

export const officerChangeSchema = z.object({
  id: z.string().min(1),
  country: countryCodeSchema,
  revision: z.number().int().positive(),
  basedOn: z.number().int().nonnegative(),
  record: relationsRecordSchema,
  retired: retirementSchema.optional(),
  articles: z.array(articleSchema),
  at: z.string(),
  by: z.string(),
}) satisfies z.ZodType<OfficerChange>;

/** Where the folder and the team last agreed on a record: the team's revision and the local one it matched. */
const syncedRevisionSchema = z.object({ team: z.number().int().nonnegative(), local: z.number().int().nonnegative() });
export type SyncedRevision = z.infer<typeof syncedRevisionSchema>;

/** team/state.json: this desk's id (the prefix of its client change ids), the last sequence pulled, the synced revisions. */
const stateFileSchema = z.object({
  schemaVersion: z.number().int(),
  deskId: z.string().regex(/^[0-9a-f-]{36}$/),
  lastSeq: z.number().int().nonnegative(),
  records: z.record(z.string(), syncedRevisionSchema),
  lastSyncedAt: z.string().optional(),
  lastError: z
    .object({ code: z.enum(appErrorCodes), params: z.record(z.string(), z.union([z.string(), z.number()])), at: z.string() })
    .optional(),
});
export type TeamStateFile = z.infer<typeof stateFileSchema>;

/** One officer's change waiting to be pushed, with the team revision it is based on and the one it makes. */
const outboxEntrySchema = z.object({
  clientChangeId: z.string().min(1),
  teamBasedOn: z.number().int().nonnegative(),
  teamRevision: z.number().int().positive(),
  change: officerChangeSchema,
});
export type OutboxEntry = z.infer<typeof outboxEntrySchema>;

/** team/outbox.json: the pending pushes, oldest first; it survives a restart. */
const outboxFileSchema = z.object({ schemaVersion: z.number().int(), entries: z.array(outboxEntrySchema) });
export type TeamOutboxFile = z.infer<typeof outboxFileSchema>;

export interface TeamSyncFiles {
  state: DataFile<TeamStateFile>;
  outbox: DataFile<TeamOutboxFile>;
}

/** Opens (creating when missing) the sync's state and outbox of a data folder. */
export async function openTeamSyncFiles(dataDir: string): Promise<TeamSyncFiles> {
  const [state, outbox] = await Promise.all([
    openTeamFile(dataDir, STATE_FILE, stateFileSchema, () => ({ schemaVersion: TEAM_FILES_VERSION, deskId: randomUUID(), lastSeq: 0, records: {} })),
    openTeamFile(dataDir, OUTBOX_FILE, outboxFileSchema, () => ({ schemaVersion: TEAM_FILES_VERSION, entries: [] })),
  ]);
  return { state, outbox };
}
