import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { expect } from 'vitest';
import { packageRoot } from '../../core/package-root';

const run = promisify(execFile);
/** The `country-desk` bin of this checkout. */
export const countryDeskBin = path.join(packageRoot(), 'bin', 'country-desk.mjs');

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * Runs the real `country-desk` bin as a user would (a new Node process, no COUNTRY_DESK_DATA);
 * resolves with its exit code and output, never throws.
 */
export async function runCountryDesk(args: readonly string[], options: { timeout?: number; cwd?: string } = {}): Promise<CliResult> {
  try {
    const { stdout, stderr } = await run(process.execPath, [countryDeskBin, ...args], {
      env: { ...process.env, COUNTRY_DESK_DATA: '' },
      timeout: options.timeout ?? 0,
      ...(options.cwd === undefined ? {} : { cwd: options.cwd }),
      maxBuffer: 64 * 1024 * 1024,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

/** A refused command: non-zero exit, and exactly one line on stderr saying `message`. */
export function expectOneLineError(result: CliResult, message: RegExp): void {
  expect(result.code).not.toBe(0);
  expect(result.stderr.trim().split('\n')).toHaveLength(1);
  expect(result.stderr).toMatch(message);
}
