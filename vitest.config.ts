import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['app/**/*.test.ts', 'renderer/**/*.test.ts', 'scripts/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 30_000,
    // Tests that spawn `country-desk` run the prebuilt CLI: built here from the current source.
    globalSetup: ['scripts/cli-bundle.mjs'],
  },
});
