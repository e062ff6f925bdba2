import type { CliIo } from './cli-command';

/** A reader that went away (`country-desk show AZ | head -1`) ends the command quietly, not with a stack trace. */
function endQuietlyOnBrokenPipe(error: NodeJS.ErrnoException): void {
  if (error.code !== 'EPIPE') throw error;
  process.exit(process.exitCode ?? 0);
}

/** The CLI's output on this process's stdout and stderr, one line per call. */
export function processCliIo(): CliIo {
  process.stdout.on('error', endQuietlyOnBrokenPipe);
  process.stderr.on('error', endQuietlyOnBrokenPipe);
  return {
    stdout: (text) => void process.stdout.write(`${text}\n`),
    stderr: (text) => void process.stderr.write(`${text}\n`),
  };
}
