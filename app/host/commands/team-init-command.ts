import { migrateTeamSchema } from '../../core/team/team-schema';
import { defineCliCommand } from '../cli-command';
import { teamOption, withTeam } from './team-option';

/** Creates or migrates the team's schema; run again, it changes nothing; a newer schema is refused untouched. */
export const teamInitCommand = defineCliCommand({
  words: ['team', 'init'],
  usage: 'team init [--team URL]',
  options: { ...teamOption },
  positionals: { min: 0, max: 0 },
  async run({ values, io, t }) {
    return withTeam(values.team, async (team) => {
      const { from, to } = await migrateTeamSchema(team.client);
      const key = from === to ? 'team.initUnchanged' : 'team.initDone';
      io.stdout(t('en')(key, { url: team.shownUrl, from, to }));
      return 0;
    });
  },
});
