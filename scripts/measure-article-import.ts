/**
 * How long the article importer takes to propose candidates for a 200 KB saved page (the target is
 * at most 1 s). The page is one of the import fixtures' articles inside the markup a news site sends:
 * scripts, styles, menus, a long list of related links. Run: `npx tsx scripts/measure-article-import.ts [RUNS]`.
 * It prints a timing, it asserts nothing (a loaded machine must not fail a test).
 */
import { readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { importArticle } from '../app/core/article-import/import-article';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const articleFile = path.join(root, 'app', 'core', 'article-import', 'fixtures', 'articles', 'nhandan-kz-uz.txt');
const TARGET_BYTES = 200 * 1024;
const LIMIT_MS = 1000;

function pageOf(articleText: string): string {
  const [title, ...lines] = articleText.split('\n').filter((line) => line.trim() !== '');
  const paragraphs = lines.map((line) => `<p>${line}</p>`).join('\n');
  const head = `<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>${title}</title>
<meta property="og:site_name" content="Báo Nhân Dân"><meta property="article:published_time" content="2024-08-23T08:00:00+07:00">
<style>${'.menu a{color:#333;padding:4px 8px}'.repeat(200)}</style><script>${'window.dataLayer=window.dataLayer||[];'.repeat(300)}</script></head>`;
  const nav = `<header><nav><ul>${Array.from({ length: 60 }, (_, i) => `<li><a href="/muc-${i}">Chuyên mục ${i}</a></li>`).join('')}</ul></nav></header>`;
  const article = `<main><article><h1>${title}</h1><div class="article-body">${paragraphs}</div></article>`;
  let related = '<aside class="related"><h3>Tin liên quan</h3><ul>';
  let page = '';
  for (let i = 0; page.length < TARGET_BYTES; i++) {
    related += `<li><a href="/tin-${i}.html">Tin tức thời sự số ${i}: hoạt động đối ngoại trong tuần</a><p>Tóm tắt tin ${i} về các hoạt động hợp tác.</p></li>`;
    page = `${head}<body>${nav}${article}${related}</ul></aside></main><footer>Báo Nhân Dân</footer></body></html>`;
  }
  return page;
}

const runs = Number(process.argv[2] ?? 10);
const bytes = new TextEncoder().encode(pageOf(readFileSync(articleFile, 'utf8')));
const wall: number[] = [];
const cpu: number[] = [];
let candidates = 0;
for (let run = 0; run < runs + 1; run++) {
  const start = performance.now();
  const cpuStart = process.cpuUsage();
  candidates = importArticle(bytes, { fileName: 'page.html', existing: [] }).candidates.length;
  const used = process.cpuUsage(cpuStart);
  // The first run warms the JIT and the lexicons and is not counted.
  if (run > 0) {
    wall.push(performance.now() - start);
    cpu.push((used.user + used.system) / 1000);
  }
}
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const [loadOneMinute] = os.loadavg();
process.stdout.write(
  `Article import, ${(bytes.length / 1024).toFixed(0)} KB page, ${candidates} candidates, ${runs} runs: ` +
    `median ${median(wall).toFixed(0)} ms (CPU time ${median(cpu).toFixed(0)} ms), slowest ${Math.max(...wall).toFixed(0)} ms; ` +
    `target ≤ ${LIMIT_MS} ms ${median(wall) <= LIMIT_MS ? 'met' : 'not met'}; load average ${loadOneMinute!.toFixed(1)} on ${os.cpus().length} cores\n`,
);
