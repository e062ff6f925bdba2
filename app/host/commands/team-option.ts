import { connectTeam, type TeamConnection } from '../../core/team/team-connection';
import { resolveTeamUrl } from '../../core/team/team-url';

/** `--team URL`: the team's PostgreSQL database (else COUNTRY_DESK_TEAM). */
export const teamOption = { team: { type: 'string' } } as const;

/** Runs `work` on a connection to the team database the flag (or COUNTRY_DESK_TEAM) names, closed afterwards. */
export async function withTeam<T>(flag: string | undefined, work: (team: TeamConnection) => Promise<T>): Promise<T> {
  const team = await connectTeam(resolveTeamUrl(flag));
  try {
    return await work(team);
  } finally {
    await team.close();
  }
}
