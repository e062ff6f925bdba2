#!/usr/bin/env node
/**
 * Builds better-sqlite3's native module for Electron into dist/electron/native/, leaving the build for
 * Node in node_modules untouched: `npm start` (Electron) and the country-desk CLI (Node) then each load
 * a module built for their own runtime (see app/core/search/open-sqlite.ts). Needs Electron's headers,
 * so it runs where Electron itself can be downloaded; packaged apps are rebuilt by electron-builder.
 */
import { copyFile, cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { rebuild } from '@electron/rebuild';

const root = path.resolve(import.meta.dirname, '..');
const readJson = async (file) => JSON.parse(await readFile(file, 'utf8'));
const electronVersion = (await readJson(path.join(root, 'node_modules', 'electron', 'package.json'))).version;
const sqliteDir = path.join(root, 'node_modules', 'better-sqlite3');
const sqliteVersion = (await readJson(path.join(sqliteDir, 'package.json'))).version;

const work = await mkdtemp(path.join(os.tmpdir(), 'country-desk-electron-sqlite-'));
try {
  await writeFile(
    path.join(work, 'package.json'),
    JSON.stringify({ name: 'electron-sqlite', version: '1.0.0', dependencies: { 'better-sqlite3': sqliteVersion } }),
  );
  await cp(sqliteDir, path.join(work, 'node_modules', 'better-sqlite3'), {
    recursive: true,
    filter: (source) => !source.includes(`${path.sep}build${path.sep}`),
  });
  await rebuild({ buildPath: work, electronVersion, onlyModules: ['better-sqlite3'], force: true });
  const out = path.join(root, 'dist', 'electron', 'native');
  await mkdir(out, { recursive: true });
  await copyFile(path.join(work, 'node_modules', 'better-sqlite3', 'build', 'Release', 'better_sqlite3.node'), path.join(out, 'better_sqlite3.node'));
  console.log(`better-sqlite3 ${sqliteVersion} built for Electron ${electronVersion} into ${path.relative(root, out)}`);
} finally {
  await rm(work, { recursive: true, force: true });
}
