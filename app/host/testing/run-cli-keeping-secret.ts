import { expect } from 'vitest';
import { runCli } from '../cli';

/** Runs `country-desk ARGS` in this process; `secret` (a password) must never appear in what it prints. */
export async function runCliKeepingSecret(args: string[], secret: string) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(args, { stdout: (text) => out.push(text), stderr: (text) => err.push(text) });
  const stdout = out.join('\n');
  const stderr = err.join('\n');
  expect(stdout + stderr).not.toContain(secret);
  return { code, stdout, stderr };
}
