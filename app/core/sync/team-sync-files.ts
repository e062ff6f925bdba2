import { randomUUID } from 'node:crypto';
import { access } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { appErrorCodes } from '../../shared/app-error';
import { articleSchema, countryCodeSchema, relationsRecordSchema } from '../../shared/records/record-schema';
import type { OfficerChange } from '../records/officer-layer';
import { retirementSchema } from '../records/officer-files-schema';
import { openDataFile, type DataFile } from '../store/data-file';

/** The version of the files under team/. */
export const TEAM_FILES_VERSION = 1;
export const TEAM_JOIN_FILE = path.join('team', 'team.json');
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

/** team/team.json: the team database this folder syncs with (`team join`), never with a password. */
const joinFileSchema = z.object({ schemaVersion: z.number().int(), url: z.string().min(1) });
export type TeamJoinFile = z.infer<typeof joinFileSchema>;

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

const open = <T extends { schemaVersion: number }>(dataDir: string, name: string, schema: z.ZodType<T>, createDefault: () => T) =>
  openDataFile({ dataDir, name, schema, version: TEAM_FILES_VERSION, createDefault, debounceMs: 0 });

/** Opens (creating when missing) the sync's state and outbox of a data folder. */
export async function openTeamSyncFiles(dataDir: string): Promise<TeamSyncFiles> {
  const [state, outbox] = await Promise.all([
    open(dataDir, STATE_FILE, stateFileSchema, () => ({ schemaVersion: TEAM_FILES_VERSION, deskId: randomUUID(), lastSeq: 0, records: {} })),
    open(dataDir, OUTBOX_FILE, outboxFileSchema, () => ({ schemaVersion: TEAM_FILES_VERSION, entries: [] })),
  ]);
  return { state, outbox };
}

/** The team URL `team join` stored for the folder, or undefined when it joined none. */
export async function readJoinedTeam(dataDir: string): Promise<string | undefined> {
  const present = await access(path.join(dataDir, TEAM_JOIN_FILE)).then(
    () => true,
    () => false,
  );
  if (!present) return undefined;
  const file = await open(dataDir, TEAM_JOIN_FILE, joinFileSchema, () => ({ schemaVersion: TEAM_FILES_VERSION, url: '' }));
  return file.data.url || undefined;
}

/** Stores the folder's team URL (already stripped of its password). */
export async function writeJoinedTeam(dataDir: string, url: string): Promise<void> {
  const file = await open(dataDir, TEAM_JOIN_FILE, joinFileSchema, () => ({ schemaVersion: TEAM_FILES_VERSION, url }));
  file.update((data) => {
    data.url = url;
  });
  await file.flush();
}
