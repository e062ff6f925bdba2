#!/usr/bin/env node
/**
 * Puts a bench result in README.md: replaces what is between `<!-- bench:start -->` and `<!-- bench:end -->`
 * with the Markdown that `country-desk bench --out FILE.json` wrote beside the JSON (FILE.md: the table,
 * the data, peak memory and the machine it ran on: CPU, cores, memory, Node version, date).
 *
 *   node scripts/update-readme-bench.mjs bench-large.md [README.md]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

export const BENCH_START = '<!-- bench:start -->';
export const BENCH_END = '<!-- bench:end -->';

/** `readme` with the bench block's content replaced by `markdown`; undefined when it has no (well-ordered) markers. */
export function replaceBenchBlock(readme, markdown) {
  const start = readme.indexOf(BENCH_START);
  const end = readme.indexOf(BENCH_END, start + BENCH_START.length);
  if (start < 0 || end < 0) return undefined;
  return `${readme.slice(0, start + BENCH_START.length)}\n${markdown.trim()}\n${readme.slice(end)}`;
}

function main([markdownFile, readmeFile = path.resolve(import.meta.dirname, '..', 'README.md')]) {
  if (!markdownFile) {
    console.error('Usage: node scripts/update-readme-bench.mjs BENCH.md [README.md]');
    return 2;
  }
  const updated = replaceBenchBlock(readFileSync(readmeFile, 'utf8'), readFileSync(markdownFile, 'utf8'));
  if (updated === undefined) {
    console.error(`${readmeFile} has no ${BENCH_START} … ${BENCH_END} block; nothing was changed.`);
    return 1;
  }
  writeFileSync(readmeFile, updated);
  console.log(`Updated the bench block of ${readmeFile} from ${markdownFile}.`);
  return 0;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) process.exitCode = main(process.argv.slice(2));
