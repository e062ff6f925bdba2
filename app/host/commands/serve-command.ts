import { existsSync } from 'node:fs';
import path from 'node:path';
import type { TFunction } from 'i18next';
import open from 'open';
import { AppError } from '../../shared/app-error';
import { openDesk } from '../../core/desk';
import { deskNoticeLines } from '../open-cli-desk';
import { packageRoot } from '../../core/package-root';
import { resolveDataDir } from '../../core/store/data-folder';
import { startBrowserHost, type BrowserHostOptions } from '../browser-host';
import { loadBrowserHostFile, saveBrowserHostPort } from '../browser-host-file';
import { createChromiumPrintingHandlers } from '../chromium-printing-handlers';
import { dataOption, defineCliCommand } from '../cli-command';

export function builtRendererDir(): string {
  return path.join(packageRoot(), 'dist', 'renderer');
}

/** `--port N`: digits only (so that `--port ' '` is not port 0, a random one); undefined without the flag. */
function parsePort(value: string | undefined, t: TFunction): number | undefined {
  if (value === undefined) return undefined;
  const port = Number(value);
  if (!/^\d{1,5}$/.test(value) || port > 65535) throw new AppError('usage', { detail: t('portInvalid', { value }) });
  return port;
}

export const serveCommand = defineCliCommand({
  words: ['serve'],
  usage: 'serve [--data DIR] [--port N] [--open]',
  options: { ...dataOption, port: { type: 'string' }, open: { type: 'boolean' } },
  positionals: { min: 0, max: 0 },
  async run({ values, io, t }) {
    const tl = t('en');
    const port = parsePort(values.port, tl);
    const rendererDir = builtRendererDir();
    if (!existsSync(path.join(rendererDir, 'index.html'))) throw new AppError('renderer-not-built', { path: rendererDir });
    const desk = await openDesk({ dataDir: resolveDataDir(values.data), access: 'write' });
    const printing = createChromiumPrintingHandlers(desk, rendererDir);
    const hostFile = await loadBrowserHostFile(desk.dataDir);
    const options: BrowserHostOptions = { handlers: printing.handlers, rendererDir, token: hostFile.token };
    // Without --port, the port of the last start (so open tabs and bookmarks find the app again), else any free one.
    const start = () =>
      port === undefined && hostFile.port !== undefined
        ? startBrowserHost({ ...options, port: hostFile.port }).catch(() => startBrowserHost({ ...options, port: 0 }))
        : startBrowserHost({ ...options, port: port ?? 0 });
    const host = await start().catch(async (error: unknown) => {
      await desk.close();
      throw new AppError('host-failed', { port: port ?? 0, detail: (error as Error).message }, { cause: error });
    });
    await saveBrowserHostPort(desk.dataDir, hostFile, host.port);
    io.stdout(tl('serving', { url: host.url, dataDir: desk.dataDir }));
    // Told on stderr like every command's; the app shows them too, and acknowledges them once it has.
    for (const line of deskNoticeLines(desk, tl)) io.stderr(line);
    // A laptop that slept past the lock's stale time, and another writer took the folder: said once, then read-only.
    desk.onWriteLockLost(() => io.stderr(tl('app:notices.data-folder-lock-lost')));
    if (values.open) await open(host.url).catch(() => io.stderr(tl('openFailed', { url: host.url })));
    await new Promise<void>((resolve) => {
      process.once('SIGINT', resolve);
      process.once('SIGTERM', resolve);
    });
    await host.close();
    await printing.printer.close();
    await desk.close();
    return 0;
  },
});
