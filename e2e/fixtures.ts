import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { test as base } from '@playwright/test';
import type { AppDriver } from './drivers/app-driver';
import { launchWithBrowserHost } from './drivers/browser-host-driver';
import { electronBinary, launchWithElectron } from './drivers/electron-driver';
import { CountryListPage } from './pages/country-list-page';
import { CountryPage } from './pages/country-page';

interface DeskFixtures {
  /** A fresh, empty data folder for this test. */
  dataDir: string;
  /** The app on `dataDir`: Electron where its binary exists, else the browser host in Chromium. */
  app: AppDriver;
  /** Starts the app again on the same data folder (after `app.close()`). */
  relaunch: () => Promise<AppDriver>;
  countryList: CountryListPage;
  countryPage: CountryPage;
}

export const test = base.extend<DeskFixtures>({
  // eslint-disable-next-line no-empty-pattern
  dataDir: async ({}, use) => {
    await use(await mkdtemp(path.join(os.tmpdir(), 'country-desk-e2e-')));
  },
  relaunch: async ({ browser, dataDir, locale, viewport, deviceScaleFactor, colorScheme }, use) => {
    const started: AppDriver[] = [];
    await use(async () => {
      const binary = electronBinary();
      const driver = binary
        ? await launchWithElectron(binary, dataDir, locale ?? 'vi-VN')
        : await launchWithBrowserHost(browser, dataDir, locale ?? 'vi-VN', { viewport, deviceScaleFactor, colorScheme });
      started.push(driver);
      return driver;
    });
    for (const driver of started) await driver.close();
  },
  app: async ({ relaunch }, use) => {
    await use(await relaunch());
  },
  countryList: async ({ app }, use) => {
    await use(new CountryListPage(app.page));
  },
  countryPage: async ({ app }, use) => {
    await use(new CountryPage(app.page));
  },
});

export { expect } from '@playwright/test';
