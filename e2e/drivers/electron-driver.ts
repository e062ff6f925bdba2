import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { _electron } from '@playwright/test';
import type { AppDriver } from './app-driver';

const ROOT = path.resolve(import.meta.dirname, '..', '..');

/**
 * The Electron binary, where one has been downloaded (never on the machines without internet).
 * Read from the package's path.txt: `require('electron')` would try to download it.
 */
export function electronBinary(): string | undefined {
  const packageDir = path.dirname(createRequire(import.meta.url).resolve('electron/package.json'));
  const pathFile = path.join(packageDir, 'path.txt');
  if (!existsSync(pathFile)) return undefined;
  const binary = path.join(packageDir, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? binary : undefined;
}

/** Runs the real Electron app on a data folder (COUNTRY_DESK_DATA) and drives its first window. */
export async function launchWithElectron(executablePath: string, dataDir: string, locale: string): Promise<AppDriver> {
  const app = await _electron.launch({
    executablePath,
    args: [ROOT, `--lang=${locale}`],
    env: { ...process.env, COUNTRY_DESK_DATA: dataDir },
  });
  const page = await app.firstWindow();
  return {
    page,
    kind: 'electron',
    close: () => app.close(),
  };
}
