import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { TOKEN_HEADER } from '../../shared/transport/token-header';
import type { Desk } from '../../core/desk';
import { openWriterWhenFree } from '../../core/testing/open-writer-when-free';
import { countryDeskBin } from '../testing/run-country-desk';

describe('country-desk serve', () => {
  it('paused past the lock\'s stale time while another writer took the folder, wakes without crashing: it refuses saves and says why', async () => {
    const data = await mkdtemp(path.join(os.tmpdir(), 'country-desk-serve-'));
    const serve = spawn(process.execPath, [countryDeskBin, 'serve', '--data', data, '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const outputArrived = new Set<() => void>();
    const collect = (chunk: Buffer) => {
      output += chunk.toString();
      for (const check of outputArrived) check();
    };
    serve.stdout.on('data', collect);
    serve.stderr.on('data', collect);
    const exited = once(serve, 'exit');
    /** Resolves once the output matches `pattern` (or rejects when serve has ended without it). */
    const outputMatching = (pattern: RegExp) =>
      new Promise<RegExpExecArray>((resolve, reject) => {
        const check = () => {
          const match = pattern.exec(output);
          if (match) resolve(match);
          else if (serve.exitCode !== null || serve.signalCode !== null) reject(new Error(`serve ended: ${output}`));
        };
        outputArrived.add(check);
        exited.then(check, reject);
        check();
      });
    let taker: Desk | undefined;
    try {
      const [url] = await outputMatching(/http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]+/);
      const { origin, searchParams } = new URL(url);
      const ask = async (name: string, input: unknown) => {
        const response = await fetch(`${origin}/api/${name}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', [TOKEN_HEADER]: searchParams.get('token') ?? '' },
          body: JSON.stringify(input),
        });
        return (await response.json()) as { ok: boolean; value?: { readOnly?: boolean; notices?: { code: string }[] }; error?: { code: string } };
      };
      const note = { id: 'note-of-the-sleeper', country: 'AZ', body: 'Viết trước khi gập máy', tags: [], pinned: false };
      expect(await ask('saveNote', note)).toMatchObject({ ok: true });

      serve.kill('SIGSTOP');
      taker = await openWriterWhenFree(data, 30_000);
      serve.kill('SIGCONT');

      expect(await ask('saveNote', { ...note, body: 'Viết sau khi mở máy' })).toMatchObject({ ok: false, error: { code: 'data-folder-lock-lost' } });
      const status = await ask('getStatus', {});
      expect(status.value?.readOnly).toBe(true);
      expect(status.value?.notices?.map((notice) => notice.code)).toContain('data-folder-lock-lost');
      await outputMatching(/Another Country Desk window or command took over this data folder/);

      serve.kill('SIGTERM');
      expect(await exited).toEqual([0, null]);
      expect(output).not.toMatch(/ECOMPROMISED/);
      expect(taker.notes.get(note.id)?.body).toBe('Viết trước khi gập máy');
      expect(taker.writeLockLost).toBe(false);
    } finally {
      serve.kill('SIGKILL');
      await taker?.close();
    }
  }, 60_000);
});
