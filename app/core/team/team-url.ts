import { AppError } from '../../shared/app-error';

/** The team database's URL as given (`--team`), else COUNTRY_DESK_TEAM; refused when neither names one. */
export function resolveTeamUrl(flag: string | undefined, env: NodeJS.ProcessEnv = process.env): string {
  const url = flag ?? (env.COUNTRY_DESK_TEAM?.trim() || undefined);
  if (url === undefined) throw new AppError('team-url-missing');
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new AppError('team-url-invalid', { url: maskTeamUrl(url) });
  }
  if (parsed.protocol !== 'postgres:' && parsed.protocol !== 'postgresql:') throw new AppError('team-url-invalid', { url: maskTeamUrl(url) });
  return url;
}

/** The URL with its password replaced by `***`: what any message may show of it. */
export function maskTeamUrl(url: string): string {
  return url.replace(/^([a-z][a-z0-9+.-]*:\/\/[^:/@?#]*):[^@/?#]*@/i, '$1:***@').replace(/([?&]password=)[^&#]*/gi, '$1***');
}

/** `text` with every occurrence of the URL's password masked (a driver's message may quote the URL). */
export function maskTeamPassword(text: string, url: string): string {
  let password: string | undefined;
  try {
    const parsed = new URL(url);
    password = decodeURIComponent(parsed.password) || parsed.searchParams.get('password') || undefined;
  } catch {
    password = undefined;
  }
  const masked = text.split(url).join(maskTeamUrl(url));
  return password ? masked.split(password).join('***') : masked;
}

/** The URL without its password (neither in the user part nor as `?password=`): what a data folder may store. */
export function stripTeamPassword(url: string): string {
  const parsed = new URL(url);
  parsed.password = '';
  parsed.searchParams.delete('password');
  return parsed.toString();
}
