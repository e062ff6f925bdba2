import { randomBytes } from 'node:crypto';
import { chmod, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { writeFileAtomically } from '../core/store/write-file-atomically';
import { z } from 'zod';

/** Where the browser host keeps its token and last port, in the data folder it serves. */
export const BROWSER_HOST_FILE = 'browser-host.json';
/** Owner-only: the token opens the officer's data to whoever holds it. */
const OWNER_ONLY = 0o600;

const browserHostFileSchema = z.object({
  schemaVersion: z.literal(1),
  token: z.string().regex(/^[\w-]{32,}$/),
  port: z.number().int().min(1).max(65535).optional(),
});
export type BrowserHostFile = z.infer<typeof browserHostFileSchema>;

/** The file's content when it is valid; a damaged file is replaced by a new token (it holds nothing else of value). */
function parseHostFile(text: string): BrowserHostFile | undefined {
  try {
    return browserHostFileSchema.safeParse(JSON.parse(text)).data;
  } catch {
    return undefined;
  }
}

async function write(file: string, content: BrowserHostFile): Promise<void> {
  await writeFileAtomically(file, `${JSON.stringify(content, null, 2)}\n`, { mode: OWNER_ONLY });
  await chmod(file, OWNER_ONLY);
}

/**
 * The browser host's token for a data folder, the same on every start so that an open tab reconnects
 * and a bookmark still opens the app after a restart. Made (randomly, 24 bytes) on the first start, or
 * again when the file does not hold a valid one; kept readable by its owner only.
 */
export async function loadBrowserHostFile(dataDir: string): Promise<BrowserHostFile> {
  const file = path.join(dataDir, BROWSER_HOST_FILE);
  const text = await readFile(file, 'utf8').catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return undefined;
    throw error;
  });
  const saved = text === undefined ? undefined : parseHostFile(text);
  if (saved) {
    if (process.platform !== 'win32' && ((await stat(file)).mode & 0o077) !== 0) await chmod(file, OWNER_ONLY);
    return saved;
  }
  const made: BrowserHostFile = { schemaVersion: 1, token: randomBytes(24).toString('base64url') };
  await write(file, made);
  return made;
}

/** Remembers the port the host listens on, so the next start offers the same address. */
export async function saveBrowserHostPort(dataDir: string, hostFile: BrowserHostFile, port: number): Promise<void> {
  if (hostFile.port === port) return;
  await write(path.join(dataDir, BROWSER_HOST_FILE), { ...hostFile, port });
}
