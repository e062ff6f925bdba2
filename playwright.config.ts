import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './app/host/find-chromium';

export default defineConfig({
  testDir: 'e2e',
  testMatch: '**/*.spec.ts',
  // The browser host is the prebuilt CLI (bin/country-desk.mjs): built here from the current source.
  globalSetup: './scripts/cli-bundle.mjs',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.PLAYWRIGHT_JSON_OUTPUT_NAME ? [['list'], ['json']] : [['list']],
  use: {
    locale: 'vi-VN',
    launchOptions: { executablePath: findChromium(), args: CHROMIUM_ARGS },
    trace: 'off',
  },
});
