#!/usr/bin/env node
// Runs the prebuilt CLI: dist/cli/cli.js, bundled from app/host/ by `npm run build` (which `npm ci` runs).
import { existsSync, readFileSync } from 'node:fs';

const bundle = new URL('../dist/cli/cli.js', import.meta.url);
if (!existsSync(bundle)) {
  const { notBuilt } = JSON.parse(readFileSync(new URL('../locales/en/cli.json', import.meta.url), 'utf8'));
  process.stderr.write(`country-desk: ${notBuilt}\n`);
  process.exit(1);
}
const { runCli, processCliIo } = await import(bundle.href);
process.exitCode = await runCli(process.argv.slice(2), processCliIo());
