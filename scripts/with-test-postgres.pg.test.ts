import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { describe, expect, it } from 'vitest';

const wrapper = path.join(import.meta.dirname, 'with-test-postgres.sh');
const run = promisify(execFile);

describe('scripts/with-test-postgres.sh', () => {
  it('runs the command beside a server it then stops, passing the exit code through', async () => {
    const probe = "const c=new (require('pg').Client)(process.env.COUNTRY_DESK_TEST_PG);" +
      "c.connect().then(()=>c.query('SELECT 1 AS one')).then(r=>{console.log(process.env.COUNTRY_DESK_TEST_PG, r.rows[0].one);return c.end()}).then(()=>process.exit(7))";
    const failed = await run(wrapper, [process.execPath, '-e', probe], { cwd: path.dirname(import.meta.dirname) }).catch((error: unknown) => error);
    const { code, stdout } = failed as { code: number; stdout: string };
    expect(code).toBe(7);
    const [url, one] = stdout.trim().split(' ');
    expect(url).toMatch(/^postgres:\/\/postgres@127\.0\.0\.1:\d+\/postgres$/);
    expect(one).toBe('1');
    const after = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5_000 });
    await expect(after.connect()).rejects.toMatchObject({ code: 'ECONNREFUSED' });
  });
});
