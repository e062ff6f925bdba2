import { defineConfig } from 'vitest/config';

// The tests against a real PostgreSQL (`*.pg.test.ts`): `npm test` runs them inside scripts/with-test-postgres.sh.
export default defineConfig({
  test: {
    include: ['app/**/*.pg.test.ts', 'scripts/**/*.pg.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 30_000,
    fileParallelism: false,
    globalSetup: ['scripts/cli-bundle.mjs'],
  },
});
