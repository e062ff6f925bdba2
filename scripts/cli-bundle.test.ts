import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cliOutDir } from './cli-bundle.mjs';

/** The bundle's files a module loads before it runs: itself and what it imports statically, transitively. */
async function staticallyLoaded(file: string, loaded = new Map<string, string>()): Promise<Map<string, string>> {
  if (loaded.has(file)) return loaded;
  const code = await readFile(path.join(cliOutDir, file), 'utf8');
  loaded.set(file, code);
  for (const [, imported] of code.matchAll(/(?:import|export)[\w\s{},*$]*?from\s*"\.\/([\w-]+\.js)"|import\s*"\.\/([\w-]+\.js)"/g)) {
    if (imported !== undefined) await staticallyLoaded(imported, loaded);
  }
  return loaded;
}

describe('the CLI bundle (dist/cli, built by the slow tests’ setup)', () => {
  it('starts `countries` with its own modules: the other commands and their libraries load only when they run', async () => {
    const entry = await readFile(path.join(cliOutDir, 'cli.js'), 'utf8');
    const countriesChunk = /import\("\.\/(countries-command-[\w]+\.js)"\)/.exec(entry)?.[1];
    expect(countriesChunk).toBeDefined();
    const loaded = await staticallyLoaded(countriesChunk!, await staticallyLoaded('cli.js'));
    const files = await readdir(cliOutDir);
    const loadedCode = [...loaded.values()].join('\n');
    expect([...loaded.keys()].filter((file) => /(?:import|brief|bench|serve|team-init)-command/.test(file))).toEqual([]);
    // Readability (article import) and pdf-lib (binders) are not part of listing countries.
    for (const mark of ['_grabArticle', 'PDFDocument']) expect(loadedCode.includes(mark), mark).toBe(false);
    const allBytes = (await Promise.all(files.filter((file) => file.endsWith('.js')).map((file) => readFile(path.join(cliOutDir, file), 'utf8')))).reduce((sum, code) => sum + code.length, 0);
    expect(loadedCode.length).toBeLessThan(allBytes / 3);
  });
});
