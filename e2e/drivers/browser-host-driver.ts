import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import type { Browser, BrowserContextOptions, Page } from '@playwright/test';
import type { AppDriver, BrowserHostControls } from './app-driver';

const ROOT = path.resolve(import.meta.dirname, '..', '..');

function waitForUrl(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let output = '';
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]+/.exec(output);
      if (match) resolve(match[0]);
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) => reject(new Error(`country-desk serve exited with ${code}: ${output}`)));
  });
}

async function stopServe(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await exited;
}

/** `country-desk serve` on a data folder, started and stopped as the officer would. */
async function startServe(dataDir: string, port: number): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, [path.join(ROOT, 'bin', 'country-desk.mjs'), 'serve', '--data', dataDir, '--port', String(port)], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return { child, url: await waitForUrl(child) };
}

/**
 * Runs the app as a user would here: `country-desk serve` on a data folder, opened in Chromium; `screen`
 * sets the window's size, pixel density and colour scheme.
 */
export async function launchWithBrowserHost(
  browser: Browser,
  dataDir: string,
  locale: string,
  screen: Pick<BrowserContextOptions, 'viewport' | 'deviceScaleFactor' | 'colorScheme'> = {},
): Promise<AppDriver> {
  let serving = await startServe(dataDir, 0);
  const port = Number(new URL(serving.url).port);
  const host: BrowserHostControls = {
    url: () => serving.url,
    stop: () => stopServe(serving.child),
    async start() {
      serving = await startServe(dataDir, port);
    },
  };
  const context = await browser.newContext({ ...screen, locale, acceptDownloads: true });
  const page: Page = await context.newPage();
  await page.goto(serving.url);
  return {
    page,
    kind: 'browser-host',
    host,
    async close() {
      await context.close();
      await stopServe(serving.child);
    },
  };
}
