import { access } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { openDataFile } from '../store/data-file';

/** The version of the files under team/. */
export const TEAM_FILES_VERSION = 1;
const TEAM_JOIN_FILE = path.join('team', 'team.json');

/** team/team.json: the team database this folder syncs with (`team join`), never with a password. */
const joinFileSchema = z.object({ schemaVersion: z.number().int(), url: z.string().min(1) });
export type TeamJoinFile = z.infer<typeof joinFileSchema>;

/** Opens one file under team/ (created when missing), written at once, atomically. */
export const openTeamFile = <T extends { schemaVersion: number }>(dataDir: string, name: string, schema: z.ZodType<T>, createDefault: () => T) =>
  openDataFile({ dataDir, name, schema, version: TEAM_FILES_VERSION, createDefault, debounceMs: 0 });

/** The team URL `team join` stored for the folder, or undefined when it joined none. */
export async function readJoinedTeam(dataDir: string): Promise<string | undefined> {
  const present = await access(path.join(dataDir, TEAM_JOIN_FILE)).then(
    () => true,
    () => false,
  );
  if (!present) return undefined;
  const file = await openTeamFile(dataDir, TEAM_JOIN_FILE, joinFileSchema, () => ({ schemaVersion: TEAM_FILES_VERSION, url: '' }));
  return file.data.url || undefined;
}

/** Stores the folder's team URL (already stripped of its password). */
export async function writeJoinedTeam(dataDir: string, url: string): Promise<void> {
  const file = await openTeamFile(dataDir, TEAM_JOIN_FILE, joinFileSchema, () => ({ schemaVersion: TEAM_FILES_VERSION, url }));
  file.update((data) => {
    data.url = url;
  });
  await file.flush();
}
