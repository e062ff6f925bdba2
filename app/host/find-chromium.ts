import { existsSync } from 'node:fs';
import path from 'node:path';
import { AppError } from '../shared/app-error';

const CANDIDATES: Record<string, readonly string[]> = {
  linux: ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable', '/snap/bin/chromium'],
  darwin: [
    '/Applications/Chromium.app/Contents/MacOS/Chromium',
    '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
    '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
  ],
  win32: [
    path.join(process.env.PROGRAMFILES ?? 'C:\\Program Files', 'Google', 'Chrome', 'Application', 'chrome.exe'),
    path.join(process.env['PROGRAMFILES(X86)'] ?? 'C:\\Program Files (x86)', 'Microsoft', 'Edge', 'Application', 'msedge.exe'),
  ],
};

/**
 * A Chromium to drive with playwright-core: `--chromium PATH`, else `CHROMIUM_PATH`, else the usual
 * install locations of this OS. Throws `chromium-not-found` with what to do when there is none.
 */
export function findChromium(explicit?: string, env: NodeJS.ProcessEnv = process.env): string {
  const wanted = explicit ?? env.CHROMIUM_PATH;
  if (wanted) {
    if (existsSync(wanted)) return wanted;
    throw new AppError('chromium-not-found', { path: wanted });
  }
  const found = (CANDIDATES[process.platform] ?? []).find((candidate) => existsSync(candidate));
  if (!found) throw new AppError('chromium-not-found', {});
  return found;
}

/** The flags that keep a headless Chromium quiet on a machine without network. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];
