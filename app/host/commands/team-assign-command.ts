import { bundledPartnerCountries, createPartnerDirectory } from '../../core/countries/partner-directory';
import { assignCountries } from '../../core/team/team-assignments';
import { requireTeamSchema } from '../../core/team/team-schema';
import { AppError } from '../../shared/app-error';
import { defineCliCommand } from '../cli-command';
import { teamOption, withTeam } from './team-option';

/** The codes as ISO codes of partner states; the first that is not one is refused. */
function partnerCodes(codes: readonly string[]): string[] {
  const directory = createPartnerDirectory(bundledPartnerCountries(), []);
  return codes.map((given) => {
    const code = given.trim().toUpperCase();
    if (!directory.find(code)) throw new AppError('unknown-country', { code: given });
    return code;
  });
}

/** Lets an officer's database role write the given countries (and makes it a member of the team). */
export const teamAssignCommand = defineCliCommand({
  words: ['team', 'assign'],
  usage: 'team assign ROLE CODE... [--team URL]',
  options: { ...teamOption },
  positionals: { min: 2, max: 300 },
  async run({ values, positionals, io, t }) {
    const [role = '', ...given] = positionals;
    const codes = partnerCodes(given);
    return withTeam(values.team, async (team) => {
      await requireTeamSchema(team.client);
      await assignCountries(team.client, role, codes);
      io.stdout(t('en')('team.assigned', { role, countries: codes.join(', ') }));
      return 0;
    });
  },
});
