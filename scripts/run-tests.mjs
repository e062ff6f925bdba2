// `npm test`: type-check, lint, unit tests, build, e2e; ends with one line counting every test.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { countPlaywright, countVitest, summaryLine } from './test-summary.mjs';

const root = path.resolve(import.meta.dirname, '..');
const reports = path.join(root, '.reports');
rmSync(reports, { recursive: true, force: true });
mkdirSync(reports, { recursive: true });
const vitestReport = path.join(reports, 'vitest.json');
const playwrightReport = path.join(reports, 'playwright.json');
const teamDatabaseReport = path.join(reports, 'vitest-team-database.json');

// Every temporary folder the tests make (os.tmpdir() in every runner, worker and country-desk process they start)
// goes into one folder of this run, removed at its end.
const runTemp = mkdtempSync(path.join(os.tmpdir(), 'country-desk-test-run-'));
process.env.TMPDIR = runTemp;

const failedSteps = [];
function step(name, command, args, env = {}) {
  console.log(`\n== ${name}`);
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  if (result.status !== 0) failedSteps.push(name);
}

const bin = (name) => path.join(root, 'node_modules', '.bin', name);
step('type-check', bin('tsc'), ['--noEmit', '-p', 'tsconfig.json']);
step('lint', bin('eslint'), ['.']);
// Built before the unit tests: the brief tests print PDFs of the built renderer.
step('build', process.execPath, [path.join(root, 'scripts', 'build.mjs')]);
step('unit tests', bin('vitest'), ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${vitestReport}`]);
// The team database's tests need a PostgreSQL server: COUNTRY_DESK_TEST_PG's (.ci/run starts one), else a throwaway cluster.
const teamDatabaseTests = [bin('vitest'), 'run', '--config', 'vitest.pg.config.ts', '--reporter=default', '--reporter=json', `--outputFile.json=${teamDatabaseReport}`];
if (process.env.COUNTRY_DESK_TEST_PG) step('team database tests', teamDatabaseTests[0], teamDatabaseTests.slice(1));
else step('team database tests', path.join(root, 'scripts', 'with-test-postgres.sh'), teamDatabaseTests);
step('e2e tests', bin('playwright'), ['test'], { PLAYWRIGHT_JSON_OUTPUT_NAME: playwrightReport });

const counts = [countVitest(vitestReport), countVitest(teamDatabaseReport), countPlaywright(playwrightReport)];
for (const [i, name] of ['unit tests', 'team database tests', 'e2e tests'].entries()) {
  if (counts[i] === undefined) console.log(`${name}: no report was written`);
}
rmSync(runTemp, { recursive: true, force: true, maxRetries: 3 });
if (failedSteps.length) console.log(`\nFailed steps: ${failedSteps.join(', ')}`);
console.log(summaryLine(counts.filter(Boolean)));
process.exitCode = failedSteps.length || counts.includes(undefined) ? 1 : 0;
