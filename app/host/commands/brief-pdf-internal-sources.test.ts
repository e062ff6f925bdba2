import { rm } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Language } from '../../shared/settings/settings-schema';
import { pdfFlatText } from '../testing/pdf-text';
import { mongoliaVisit, tempDir, writeJson } from '../testing/officer-records';
import { runCountryDesk } from '../testing/run-country-desk';

const PRINT_TIMEOUT = 120_000;
const cable = { kind: 'document', title: 'Báo cáo kết quả chuyến thăm', number: '12/BC-ĐSQ', date: '2025-03', passage: 'Hai bên nhất trí mở đường bay thẳng.', confidence: 'high' };
const known = { kind: 'knowledge', passage: 'Tôi đã dự buổi hội đàm.', confidence: 'high' };
const knownVisit = { ...mongoliaVisit, id: 'mn-visit-2025-03-talks', date: '2025-03-05', title: { ...mongoliaVisit.title, vi: 'Hội đàm với Chủ tịch Đại Khural', en: 'Talks with the Chairman of the State Great Khural' }, sources: [known] };

describe('a brief citing an internal document and the officer’s own knowledge', () => {
  let data: string;
  let files: string;

  beforeAll(async () => {
    [data, files] = await Promise.all([tempDir(), tempDir()]);
    for (const [name, record] of [['cable.json', { ...mongoliaVisit, sources: [cable] }], ['known.json', knownVisit]] as const) {
      const added = await runCountryDesk(['records', 'add', '--file', await writeJson(files, name, { record, articles: [] }), '--data', data]);
      expect(added.stderr).toBe('');
    }
  });
  afterAll(() => Promise.all([data, files].map((folder) => rm(folder, { recursive: true, force: true }))));

  it.each<[Language, string, string, string]>([
    ['vi', 'Nguồn', '1. “Báo cáo kết quả chuyến thăm”, số 12/BC-ĐSQ, tháng 3 năm 2025', 'Hiểu biết của cán bộ phụ trách'],
    ['en', 'Sources', '1. “Báo cáo kết quả chuyến thăm”, No. 12/BC-ĐSQ, Mar 2025', "The desk officer's own knowledge"],
  ])('lists each under the number the text cites it by (%s)', async (lang, heading, document, knowledge) => {
    const file = path.join(files, `mn-${lang}.pdf`);
    const printed = await runCountryDesk(['brief', 'MN', '--lang', lang, '--out', file, '--data', data]);
    expect(printed.stderr).toBe('');
    const text = await pdfFlatText(file);
    expect(text).toContain(`${mongoliaVisit.title[lang]} [1]`);
    expect(text).toContain(`${knownVisit.title[lang]} [2]`);
    const sources = text.slice(text.lastIndexOf(heading));
    expect(sources).toContain(`${document} “${cable.passage}”`);
    expect(sources).toContain(`2. ${knowledge} “${known.passage}”`);
  }, PRINT_TIMEOUT);
});
