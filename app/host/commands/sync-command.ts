import { openTeamReplica } from '../../core/sync/team-replica';
import { readJoinedTeam } from '../../core/sync/team-sync-files';
import { syncWithTeam } from '../../core/sync/team-sync';
import { resolveDataDir } from '../../core/store/data-folder';
import { dataOption, defineCliCommand, jsonOption } from '../cli-command';
import { openCliDesk } from '../open-cli-desk';
import { teamOption, withTeam } from './team-option';

/** Pulls the team's changes into the data folder and pushes its outbox: prints pulled, pushed, conflicts. */
export const syncCommand = defineCliCommand({
  words: ['sync'],
  usage: 'sync [--team URL] [--json] [--data DIR]',
  options: { ...teamOption, ...jsonOption, ...dataOption },
  positionals: { min: 0, max: 0 },
  async run({ values, io, t }) {
    const tl = t('en');
    const dataDir = resolveDataDir(values.data);
    const flag = values.team ?? (process.env.COUNTRY_DESK_TEAM?.trim() || (await readJoinedTeam(dataDir)));
    const desk = await openCliDesk({ dataDir, access: 'write' }, io, tl);
    try {
      const replica = desk.team ?? (await openTeamReplica(dataDir, desk.officer));
      try {
        const report = await withTeam(flag, (team) => syncWithTeam(team.client, desk.officer, replica));
        io.stdout(values.json ? JSON.stringify(report, null, 2) : tl('team.synced', { pulled: report.pulled, pushed: report.pushed, count: report.conflicts }));
        return 0;
      } finally {
        if (!desk.team) await replica.close();
      }
    } finally {
      await desk.close();
    }
  },
});
