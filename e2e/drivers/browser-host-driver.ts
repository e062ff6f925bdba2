import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import type { Browser, BrowserContextOptions, Page } from '@playwright/test';
import type { AppDriver } from './app-driver';

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
  const child = spawn(process.execPath, [path.join(ROOT, 'bin', 'country-desk.mjs'), 'serve', '--data', dataDir, '--port', '0'], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const url = await waitForUrl(child);
  const context = await browser.newContext({ ...screen, locale, acceptDownloads: true });
  const page: Page = await context.newPage();
  await page.goto(url);
  return {
    page,
    kind: 'browser-host',
    async close() {
      await context.close();
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        await exited;
      }
    },
  };
}
