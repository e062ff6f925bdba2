import type { ClientBase } from 'pg';
import { AppError } from '../../shared/app-error';
import { maskTeamPassword, maskTeamUrl } from './team-url';

/** An open connection to the team's database; `close` ends it. */
export interface TeamConnection {
  client: ClientBase;
  /** The URL with its password masked, for messages. */
  shownUrl: string;
  close(): Promise<void>;
}

/** Connects as the URL's role; a refusal (unreachable, wrong password, no such database) is `team-unreachable`. */
export async function connectTeam(url: string): Promise<TeamConnection> {
  const { default: pg } = await import('pg');
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 10_000 });
  const shownUrl = maskTeamUrl(url);
  try {
    await client.connect();
  } catch (error) {
    await client.end().catch(() => undefined);
    throw new AppError('team-unreachable', { url: shownUrl, detail: maskTeamPassword((error as Error).message, url) }, { cause: error });
  }
  // A connection lost while idle (the server stopped, the network dropped) is an 'error' event, which would end
  // the process unheard; the query running then rejects with it, and the driver refuses any later one.
  let lost: Error | undefined;
  client.on('error', (error) => {
    lost = error;
  });
  return { client, shownUrl, close: async () => (lost ? undefined : client.end()) };
}

/** Runs `work` in one transaction: committed when it resolves, rolled back when it throws. */
export async function inTeamTransaction<T>(client: ClientBase, work: () => Promise<T>): Promise<T> {
  await client.query('BEGIN');
  try {
    const result = await work();
    await client.query('COMMIT');
    return result;
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  }
}
