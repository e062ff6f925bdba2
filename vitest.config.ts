import { defineConfig } from 'vitest/config';

/**
 * The tests that start a `country-desk` process, another writer process or a Chromium (seconds each): the `slow` project.
 * Everything else is `unit`, which `npm run test:unit` runs alone; `npm test` runs both.
 */
const slowTests = [
  'app/host/cli.test.ts',
  'app/host/notes-cli.test.ts',
  'app/host/open-cli-desk.test.ts',
  'app/host/chromium-route-printer.test.ts',
  'app/host/commands/*-command.test.ts',
  'app/host/commands/brief-pdf-content.test.ts',
  'app/bench/measurements/measure-brief-pdf.test.ts',
  'scripts/cli-bundle.test.ts',
  'app/core/search/search-beside-writer.test.ts',
  'app/core/store/folder-lock.test.ts',
  'app/core/records/reference-layer-kill.test.ts',
  'app/core/records/officer-save-kill.test.ts',
];

export default defineConfig({
  test: {
    testTimeout: 30_000,
    hookTimeout: 30_000,
    projects: [
      {
        extends: true,
        // The team database's tests (*.pg.test.ts) need a PostgreSQL server: vitest.pg.config.ts, run by `npm test`.
        test: { name: 'unit', include: ['app/**/*.test.ts', 'renderer/**/*.test.ts', 'scripts/**/*.test.ts'], exclude: ['**/node_modules/**', '**/*.pg.test.ts', ...slowTests] },
      },
      {
        extends: true,
        test: {
          name: 'slow',
          include: slowTests,
          // These run the prebuilt CLI: built here from the current source.
          globalSetup: ['scripts/cli-bundle.mjs'],
        },
      },
    ],
  },
});
