#!/usr/bin/env node
import { register } from 'tsx/esm/api';

register();
const { runCli } = await import('../app/host/cli.ts');
process.exitCode = await runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(`${text}\n`),
  stderr: (text) => process.stderr.write(`${text}\n`),
});
