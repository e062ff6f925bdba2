import { spawn } from 'node:child_process';

/**
 * Runs `script` (TypeScript, through tsx) with `args` and kills it (SIGKILL) as soon as its stdout has said `line`:
 * a test's way of stopping a writer in the middle of what it announced. Fails if the process ends by itself.
 */
export async function killWhenTold(script: string, args: readonly string[], line: string): Promise<void> {
  const child = spawn(process.execPath, ['--import', 'tsx', script, ...args], { stdio: ['ignore', 'pipe', 'inherit'] });
  let told = '';
  await new Promise<void>((resolve, reject) => {
    child.on('error', reject);
    child.on('exit', (code) => reject(new Error(`${script} ended by itself (${code})`)));
    child.stdout.on('data', (chunk: Buffer) => {
      told += chunk.toString('utf8');
      if (told.includes(`${line}\n`)) {
        child.removeAllListeners('exit');
        child.on('exit', () => resolve());
        child.kill('SIGKILL');
      }
    });
  });
}
