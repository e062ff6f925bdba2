import { readTeamStatus } from '../../core/team/team-status';
import { defineCliCommand, jsonOption } from '../cli-command';
import { teamOption, withTeam } from './team-option';

/** The team database's schema version, its members with their countries, and the change feed's length. */
export const teamStatusCommand = defineCliCommand({
  words: ['team', 'status'],
  usage: 'team status [--json] [--team URL]',
  options: { ...teamOption, ...jsonOption },
  positionals: { min: 0, max: 0 },
  async run({ values, io, t }) {
    return withTeam(values.team, async (team) => {
      const status = await readTeamStatus(team.client);
      if (values.json) {
        io.stdout(JSON.stringify({ url: team.shownUrl, ...status }, null, 2));
        return 0;
      }
      const en = t('en');
      io.stdout(en('team.statusHeading', { url: team.shownUrl, version: status.schemaVersion }));
      io.stdout(en('team.statusChanges', { count: status.changes.count, lastSeq: status.changes.lastSeq }));
      for (const member of status.members) {
        const countries = member.countries.length ? member.countries.join(', ') : en('team.noCountries');
        io.stdout(en('team.memberLine', { role: member.role, countries }));
      }
      return 0;
    });
  },
});
