import { randomBytes } from 'node:crypto';
import pg from 'pg';

/** The throwaway server's URL (scripts/with-test-postgres.sh sets it); these tests need a real PostgreSQL. */
export function testServerUrl(): string {
  const url = process.env.COUNTRY_DESK_TEST_PG;
  if (!url) {
    throw new Error(
      'COUNTRY_DESK_TEST_PG is not set: the team database tests run against a real PostgreSQL. Run them through the wrapper: ' +
        'scripts/with-test-postgres.sh npx vitest run --config vitest.pg.config.ts',
    );
  }
  return url;
}

export interface TestTeamDatabase {
  /** The new database, as the server's superuser (the department's administrator). */
  adminUrl: string;
  /** The database as `role` with `password` in the URL (trust auth accepts it; messages must never show it). */
  urlAs(role: string, password: string): string;
  /** A new login role with a password, unique to this run; `member` makes it a `country_desk_member`. */
  createOfficer(name: string, options?: { member?: boolean }): Promise<string>;
  drop(): Promise<void>;
}

async function asAdmin<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** A fresh database on the throwaway server, dropped (with the roles made for it) by `drop`. */
export async function createTestTeamDatabase(): Promise<TestTeamDatabase> {
  const server = testServerUrl();
  const suffix = randomBytes(4).toString('hex');
  const name = `desk_${suffix}`;
  await asAdmin(server, (client) => client.query(`CREATE DATABASE ${name}`));
  const adminUrl = Object.assign(new URL(server), { pathname: `/${name}` }).toString();
  const roles: string[] = [];
  return {
    adminUrl,
    urlAs(role, password) {
      return Object.assign(new URL(adminUrl), { username: role, password }).toString();
    },
    async createOfficer(officer, options = {}) {
      const role = `${officer}_${suffix}`;
      roles.push(role);
      await asAdmin(adminUrl, async (client) => {
        await client.query(`CREATE ROLE ${role} LOGIN PASSWORD 'test-password'`);
        if (options.member) await client.query(`GRANT country_desk_member TO ${role}`);
      });
      return role;
    },
    async drop() {
      await asAdmin(server, async (client) => {
        await client.query(`DROP DATABASE ${name} WITH (FORCE)`);
        for (const role of roles) await client.query(`DROP ROLE ${role}`);
      });
    },
  };
}
