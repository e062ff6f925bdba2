import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

const childScript = path.join(path.dirname(fileURLToPath(import.meta.url)), 'desk-writer-child.ts');

export interface DeskWriterEvent {
  event: string;
  [field: string]: unknown;
}

/** A `desk-writer-child.ts` process: commands in, events out (see that file). */
export interface DeskWriterProcess {
  readonly child: ChildProcess;
  send(command: Record<string, unknown>): void;
  /** The first event named `name` not yet taken (waiting for it if needed); rejects if the process exits first. */
  next(name: string): Promise<DeskWriterEvent>;
  /** Whether an event named `name` came (and was not yet taken). */
  has(name: string): boolean;
  /** What the process wrote on stderr so far. */
  readonly stderr: string;
  /** Resolves with the exit code (or the signal's name) once the process has ended. */
  readonly exited: Promise<number | string>;
}

/** Starts a writer of `dataDir` in its own Node process (through tsx, from the TypeScript source). */
export function startDeskWriter(dataDir: string, resourcesDir: string): DeskWriterProcess {
  const child = spawn(process.execPath, ['--import', 'tsx', childScript, dataDir, resourcesDir], { stdio: ['pipe', 'pipe', 'pipe'] });
  const events: DeskWriterEvent[] = [];
  const waiting = new Set<() => void>();
  let stderr = '';
  let ended = false;
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  createInterface({ input: child.stdout! }).on('line', (line) => {
    events.push(JSON.parse(line) as DeskWriterEvent);
    for (const wake of waiting) wake();
  });
  const exited = once(child, 'exit').then(([code, signal]) => {
    ended = true;
    for (const wake of waiting) wake();
    return (code as number | null) ?? (signal as string);
  });
  const take = (name: string) => {
    const index = events.findIndex((event) => event.event === name);
    return index === -1 ? undefined : events.splice(index, 1)[0];
  };
  return {
    child,
    send: (command) => child.stdin?.write(`${JSON.stringify(command)}\n`),
    next: (name) =>
      new Promise((resolve, reject) => {
        const check = () => {
          const event = take(name);
          if (event) {
            waiting.delete(check);
            resolve(event);
          } else if (ended) {
            waiting.delete(check);
            reject(new Error(`the writer ended before "${name}": ${stderr}`));
          }
        };
        waiting.add(check);
        check();
      }),
    has: (name) => events.some((event) => event.event === name),
    get stderr() {
      return stderr;
    },
    exited,
  };
}
