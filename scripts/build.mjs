#!/usr/bin/env node
/**
 * Builds what the app runs: the renderer (Vite, into dist/renderer), the Electron shell
 * (esbuild, app/electron/main.ts -> dist/electron/main.cjs, app/electron/preload.ts -> dist/electron/preload.cjs)
 * and the CLI with the browser host (esbuild, app/host/cli.ts -> dist/cli/, see cli-bundle.mjs).
 * Runs on `npm ci` (prepare), so it stays quick and needs no Electron binary.
 */
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import { build as viteBuild } from 'vite';
import { buildCliBundle } from './cli-bundle.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const electronOut = path.join(root, 'dist', 'electron');

/** Options both Electron bundles share: Node 20 CommonJS, Electron itself provided at run time. */
const shellOptions = {
  absWorkingDir: root,
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  external: ['electron'],
  sourcemap: 'linked',
  logLevel: 'warning',
  metafile: true,
  legalComments: 'none',
};

/** The main process: app/core reads `import.meta.url` (package-root.ts), which CommonJS lacks; give it one. */
const mainBundle = {
  ...shellOptions,
  entryPoints: ['app/electron/main.ts'],
  outfile: path.join(electronOut, 'main.cjs'),
  // playwright-core is loaded lazily (PDF printing outside Electron); better-sqlite3 is a native module,
  // loaded from node_modules (electron-builder rebuilds it for Electron). Neither is bundled.
  external: [...shellOptions.external, 'playwright-core', 'better-sqlite3'],
  define: { 'import.meta.url': '__countryDeskImportMetaUrl' },
  banner: { js: "'use strict';\nconst __countryDeskImportMetaUrl = require('node:url').pathToFileURL(__filename).href;" },
};

/** The preload runs in the sandbox: one self-contained file whose only import is `electron`. */
const preloadBundle = {
  ...shellOptions,
  entryPoints: ['app/electron/preload.ts'],
  outfile: path.join(electronOut, 'preload.cjs'),
  minify: true,
};

/** Fails the build when the sandboxed preload would need a module Electron's sandbox cannot give it. */
function assertPreloadSelfContained(metafile) {
  const imports = Object.values(metafile.outputs).flatMap((output) => output.imports.map((entry) => entry.path));
  const foreign = imports.filter((name) => name !== 'electron');
  if (foreign.length > 0) {
    throw new Error(`The preload must only import 'electron' (sandbox), but imports: ${[...new Set(foreign)].join(', ')}`);
  }
}

async function buildShell() {
  await rm(electronOut, { recursive: true, force: true });
  const [, preload] = await Promise.all([esbuild.build(mainBundle), esbuild.build(preloadBundle)]);
  assertPreloadSelfContained(preload.metafile);
}

async function buildRenderer() {
  await viteBuild({ configFile: path.join(root, 'vite.config.ts'), root: path.join(root, 'renderer'), logLevel: 'warn' });
}

const started = Date.now();
try {
  await Promise.all([buildRenderer(), buildShell(), buildCliBundle({ clean: true })]);
  console.log(`Built dist/renderer, dist/electron and dist/cli in ${((Date.now() - started) / 1000).toFixed(1)} s`);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
}
