#!/usr/bin/env node
/**
 * Screenshots of the real app for the docs: starts `country-desk serve` on a temporary data folder, drives
 * Chromium with playwright-core and writes docs/screenshots/{start,country}-{vi,en}.png, the command palette
 * (palette-vi.png) and the dark theme (dark-vi.png).
 * Builds the app first when dist/renderer is missing.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { register } from 'tsx/esm/api';

register();
const { CHROMIUM_ARGS, findChromium } = await import('../app/host/find-chromium.ts');

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outDir = path.join(root, 'docs', 'screenshots');
const COUNTRY = { vi: 'Kyrgyzstan', en: 'Kyrgyzstan' };

function ensureBuilt() {
  if (existsSync(path.join(root, 'dist', 'renderer', 'index.html'))) return;
  const build = spawnSync(process.execPath, [path.join(root, 'scripts', 'build.mjs')], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) throw new Error('the build failed');
}

/** Runs `country-desk serve` and resolves with the URL it prints (token included). */
function serve(dataDir) {
  const child = spawn(process.execPath, [path.join(root, 'bin', 'country-desk.mjs'), 'serve', '--data', dataDir, '--port', '0'], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const url = new Promise((resolve, reject) => {
    let output = '';
    const collect = (chunk) => {
      output += chunk.toString();
      const match = /http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]+/.exec(output);
      if (match) resolve(match[0]);
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    child.once('exit', (code) => reject(new Error(`country-desk serve exited with ${code}: ${output}`)));
  });
  return { child, url };
}

async function stop(child) {
  if (child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await exited;
}

async function shoot(page, name) {
  const file = path.join(outDir, `${name}.png`);
  await page.screenshot({ path: file });
  console.log(`wrote ${path.relative(root, file)}`);
}

ensureBuilt();
await mkdir(outDir, { recursive: true });
const dataDir = await mkdtemp(path.join(os.tmpdir(), 'country-desk-screenshots-'));
const { child, url } = serve(dataDir);
const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
try {
  const context = await browser.newContext({ locale: 'vi-VN', viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(await url);

  for (const [language, button, heading] of [
    ['vi', 'Tiếng Việt', 'Các nước đối tác'],
    ['en', 'English', 'Partner countries'],
  ]) {
    await page.getByRole('group', { name: /Ngôn ngữ|Language/ }).getByRole('button', { name: button }).click();
    await page.getByRole('navigation').getByRole('link').first().click();
    await page.getByRole('heading', { level: 1, name: heading }).waitFor();
    await shoot(page, `start-${language}`);
    await page.getByRole('link', { name: COUNTRY[language], exact: true }).click();
    await page.getByRole('heading', { level: 1, name: COUNTRY[language] }).waitFor();
    await page.getByRole('figure').waitFor();
    await shoot(page, `country-${language}`);
  }
  await context.close();

  const dark = await browser.newContext({ locale: 'vi-VN', viewport: { width: 1280, height: 900 }, colorScheme: 'dark' });
  const darkPage = await dark.newPage();
  await darkPage.goto(await url);
  await darkPage.getByRole('group', { name: /Ngôn ngữ|Language/ }).getByRole('button', { name: 'Tiếng Việt' }).click();
  await darkPage.getByRole('link', { name: COUNTRY.vi, exact: true }).click();
  await darkPage.getByRole('figure').waitFor();
  await shoot(darkPage, 'dark-vi');
  await dark.close();

  const light = await browser.newContext({ locale: 'vi-VN', viewport: { width: 1280, height: 900 }, colorScheme: 'light' });
  const lightPage = await light.newPage();
  await lightPage.goto(await url);
  await lightPage.getByRole('heading', { level: 1, name: 'Các nước đối tác' }).waitFor();
  await lightPage.keyboard.press('Control+k');
  const lightPalette = lightPage.getByRole('dialog', { name: /Bảng lệnh|Command palette/ });
  await lightPalette.getByRole('combobox').fill('azer');
  await lightPalette.getByRole('option').first().waitFor();
  await shoot(lightPage, 'palette-vi');
  await light.close();
} finally {
  await browser.close();
  await stop(child);
  await rm(dataDir, { recursive: true, force: true });
}
