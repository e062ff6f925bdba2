import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['app/**/*.test.ts', 'renderer/**/*.test.ts', 'scripts/**/*.test.ts'],
    // The team database's tests need a PostgreSQL server: vitest.pg.config.ts, run by `npm test`.
    exclude: ['**/node_modules/**', '**/*.pg.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 30_000,
    // Tests that spawn `country-desk` run the prebuilt CLI: built here from the current source.
    globalSetup: ['scripts/cli-bundle.mjs'],
  },
});
