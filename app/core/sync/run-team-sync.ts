import { AppError, serializeError } from '../../shared/app-error';
import type { TeamSyncReport } from '../../shared/sync/team-sync-status';
import type { OfficerLayer } from '../records/officer-layer';
import { connectTeam } from '../team/team-connection';
import { maskTeamPassword, maskTeamUrl, resolveTeamUrl } from '../team/team-url';
import type { TeamReplica } from './team-replica';
import { readJoinedTeam } from './team-join-file';
import { syncWithTeam } from './team-sync';

/** The team a folder syncs with: `--team`, else COUNTRY_DESK_TEAM, else the folder's `team join`. */
export async function folderTeamUrl(dataDir: string, flag: string | undefined, env: NodeJS.ProcessEnv = process.env): Promise<string> {
  return resolveTeamUrl(flag ?? (env.COUNTRY_DESK_TEAM?.trim() || (await readJoinedTeam(dataDir))), env);
}

/**
 * Connects to the team at `url` (its password, when the URL has none, from PGPASSWORD) and syncs the folder.
 * A failure is kept in the replica's state for the status, then thrown: a connection lost midway as
 * `team-sync-interrupted` (what was pushed before it stays pushed; the rest stays in the outbox).
 */
export async function runTeamSync(url: string, officer: OfficerLayer, replica: TeamReplica, now: () => Date = () => new Date()): Promise<TeamSyncReport> {
  try {
    const team = await connectTeam(url);
    try {
      return await syncWithTeam(team.client, officer, replica, now);
    } finally {
      await team.close();
    }
  } catch (caught) {
    const error =
      caught instanceof AppError
        ? caught
        : new AppError('team-sync-interrupted', { url: maskTeamUrl(url), detail: maskTeamPassword((caught as Error).message, url) }, { cause: caught });
    replica.markFailed(serializeError(error), now().toISOString());
    await replica.flush();
    throw error;
  }
}
