import { writeJoinedTeam } from '../../core/sync/team-join-file';
import { resolveDataDir } from '../../core/store/data-folder';
import { resolveTeamUrl, stripTeamPassword } from '../../core/team/team-url';
import { dataOption, defineCliCommand } from '../cli-command';

/** Sets the data folder's team: `sync` then needs no --team. The password is never stored (PGPASSWORD gives it). */
export const teamJoinCommand = defineCliCommand({
  words: ['team', 'join'],
  usage: 'team join URL [--data DIR]',
  options: { ...dataOption },
  positionals: { min: 1, max: 1 },
  async run({ values, positionals, io, t }) {
    const url = stripTeamPassword(resolveTeamUrl(positionals[0]));
    await writeJoinedTeam(resolveDataDir(values.data), url);
    io.stdout(t('en')('team.joined', { url }));
    return 0;
  },
});
