/**
 * Bundles the `country-desk` CLI and browser host (app/host/cli.ts) with esbuild into dist/cli/, so that a
 * command starts without transpiling TypeScript. bin/country-desk.mjs runs this bundle.
 * Code split (ESM): a command that is loaded lazily (bench, printing) is its own chunk.
 * Also the global setup of vitest and Playwright: tests that spawn the CLI run the bundle of the current source.
 */
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const cliOutDir = path.join(root, 'dist', 'cli');

/**
 * zod's `z` namespace re-exports every locale (about 400 KB of the bundle); the app uses only English, which
 * zod installs itself. This resolves zod's locales index to English alone.
 */
const zodEnglishOnly = {
  name: 'zod-english-only',
  setup(build) {
    build.onResolve({ filter: /^\.\.\/locales\/index\.js$/ }, (args) =>
      args.importer.includes(`${path.sep}zod${path.sep}`) ? { path: path.join(args.resolveDir, '..', 'locales', 'index.js'), namespace: 'zod-english-only' } : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: 'zod-english-only' }, (args) => ({
      contents: `export { default as en } from ${JSON.stringify(path.join(path.dirname(args.path), 'en.js'))};`,
      resolveDir: path.dirname(args.path),
    }));
  },
};

const cliBundle = {
  absWorkingDir: root,
  entryPoints: { cli: 'app/host/cli.ts' },
  outdir: cliOutDir,
  bundle: true,
  splitting: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  minify: true,
  sourcemap: 'linked',
  legalComments: 'none',
  logLevel: 'warning',
  // better-sqlite3 is a native module, playwright-core loads browsers' protocol files from its own folder.
  external: ['better-sqlite3', 'playwright-core', 'pg'],
  plugins: [zodEnglishOnly],
  // Bundled CommonJS dependencies use require() and __filename; ESM has neither, so give the bundle both.
  banner: {
    js: [
      "import { createRequire as __countryDeskCreateRequire } from 'node:module';",
      "import { fileURLToPath as __countryDeskFileURLToPath } from 'node:url';",
      'const require = __countryDeskCreateRequire(import.meta.url);',
      'const __filename = __countryDeskFileURLToPath(import.meta.url);',
      "const __dirname = __countryDeskFileURLToPath(new URL('.', import.meta.url));",
    ].join('\n'),
  },
};

/**
 * Builds dist/cli/cli.js (and its chunks) from the current source. `clean` first removes older chunks; the
 * tests' setup does not, so that a test run never deletes a chunk another run in this folder is loading.
 */
export async function buildCliBundle({ clean = false } = {}) {
  if (clean) await rm(cliOutDir, { recursive: true, force: true });
  await esbuild.build(cliBundle);
}

/** Global setup of vitest (`setup`) and Playwright (default export). */
export const setup = () => buildCliBundle();
export default setup;
