import { folderTeamUrl, runTeamSync } from '../../core/sync/run-team-sync';
import { openTeamReplica } from '../../core/sync/team-replica';
import { resolveDataDir } from '../../core/store/data-folder';
import { dataOption, defineCliCommand, jsonOption } from '../cli-command';
import { openCliDesk } from '../open-cli-desk';
import { teamOption } from './team-option';

/** Pulls the team's changes into the data folder and pushes its outbox: prints pulled, pushed, conflicts. */
export const syncCommand = defineCliCommand({
  words: ['sync'],
  usage: 'sync [--team URL] [--json] [--data DIR]',
  options: { ...teamOption, ...jsonOption, ...dataOption },
  positionals: { min: 0, max: 0 },
  async run({ values, io, t }) {
    const tl = t('en');
    const dataDir = resolveDataDir(values.data);
    const url = await folderTeamUrl(dataDir, values.team);
    const desk = await openCliDesk({ dataDir, access: 'write' }, io, tl);
    try {
      const replica = desk.team ?? (await openTeamReplica(dataDir, desk.officer));
      try {
        const report = await runTeamSync(url, desk.officer, replica);
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
