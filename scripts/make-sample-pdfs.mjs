#!/usr/bin/env node
// `npm run samples`: prints three sample PDFs with the real `country-desk brief` command into docs/,
// each with a PNG of its first page: a Vietnamese brief (Azerbaijan, with a talking point from a tagged note), an English
// brief (Kyrgyzstan) and the binder of the May 2025 state visit (Kazakhstan, Azerbaijan, Russia, Belarus).
// Needs the built renderer (npm run build), a Chromium and poppler's pdftoppm.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const docs = path.join(root, 'docs');
const bin = path.join(root, 'bin', 'country-desk.mjs');

if (!existsSync(path.join(root, 'dist', 'renderer', 'index.html'))) {
  console.error('The renderer is not built. Run: npm run build');
  process.exit(1);
}
mkdirSync(docs, { recursive: true });
const data = mkdtempSync(path.join(os.tmpdir(), 'country-desk-samples-'));
// The officer named in the settings is the PDFs' author.
writeFileSync(path.join(data, 'settings.json'), JSON.stringify({ schemaVersion: 1, officerName: 'Nguyễn Minh Anh' }));
const countryDesk = (...args) => execFileSync(process.execPath, [bin, ...args, '--data', data], { stdio: ['ignore', 'inherit', 'inherit'] });

countryDesk(
  'notes', 'add', '--country', 'AZ', '--pin', '--tag', 'gợi ý trao đổi',
  '--text', 'Gợi ý trao đổi: tiến độ **Kỳ họp thứ 3 Ủy ban liên Chính phủ** (bài viết năm 2022 nói dự kiến cuối năm 2022; cần xác minh đã diễn ra chưa).',
);

const samples = [
  ['sample-brief-AZ-vi', ['AZ', '--lang', 'vi', '--label', 'LƯU HÀNH NỘI BỘ', '--occasion', 'Tiếp Đại sứ Azerbaijan']],
  ['sample-brief-KG-en', ['KG', '--lang', 'en', '--label', 'FOR OFFICIAL USE ONLY', '--occasion', 'Talks with the Prime Minister of Kyrgyzstan, 6 March 2025']],
  [
    'sample-binder-KZ-AZ-RU-BY-vi',
    ['KZ', 'AZ', 'RU', 'BY', '--lang', 'vi', '--label', 'LƯU HÀNH NỘI BỘ', '--occasion', 'Chuyến thăm của Tổng Bí thư Tô Lâm tới Kazakhstan, Azerbaijan, Liên bang Nga và Belarus, tháng 5/2025'],
  ],
];

for (const [name, args] of samples) {
  const pdf = path.join(docs, `${name}.pdf`);
  countryDesk('brief', ...args, '--out', pdf);
  execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', '-singlefile', pdf, path.join(docs, name)]);
  console.log(`docs/${name}.pdf, docs/${name}.png`);
}
