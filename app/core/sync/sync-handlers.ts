import type { Handlers } from '../../contract';
import { AppError } from '../../shared/app-error';
import type { Desk } from '../desk';
import { folderTeamUrl, runTeamSync } from './run-team-sync';
import { readJoinedTeam } from './team-join-file';

/** The team sync's requests: its status (last synced, pending, last failure) and a sync now. */
export function createSyncHandlers(desk: Desk): Pick<Handlers, 'getTeamSyncStatus' | 'syncTeam'> {
  return {
    async getTeamSyncStatus() {
      const url = await readJoinedTeam(desk.dataDir);
      const team = desk.team;
      return {
        joined: url !== undefined,
        ...(url ? { url } : {}),
        ...(team?.lastSyncedAt ? { lastSyncedAt: team.lastSyncedAt } : {}),
        pending: team?.pending().length ?? 0,
        ...(team?.lastError ? { lastError: team.lastError } : {}),
      };
    },
    async syncTeam() {
      if (!desk.team) throw new AppError('team-not-joined');
      return runTeamSync(await folderTeamUrl(desk.dataDir, undefined), desk.officer, desk.team);
    },
  };
}
