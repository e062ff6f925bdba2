import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pdfFlatText } from '../testing/pdf-text';
import { runCountryDesk } from '../testing/run-country-desk';

const PRINT_TIMEOUT = 120_000;

describe("a brief's trade table keeps the amount's qualifier", () => {
  let folder: string;
  beforeAll(async () => {
    folder = await mkdtemp(path.join(os.tmpdir(), 'country-desk-brief-qualifier-'));
  });
  afterAll(() => rm(folder, { recursive: true, force: true }));

  it.each([
    ['vi', 'Năm Kim ngạch Thông tin 2023 hơn 65 triệu USD'],
    ['en', 'Year Amount Details 2023 more than USD 65 million'],
  ])('the Belarus brief (%s) prints "%s" for 2023, as the source states it', async (language, expected) => {
    const file = path.join(folder, `BY-${language}.pdf`);
    const result = await runCountryDesk(['brief', 'BY', '--lang', language, '--sections', 'economy', '--out', file, '--data', path.join(folder, `data-${language}`)]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(await pdfFlatText(file)).toContain(expected);
  }, PRINT_TIMEOUT);
});
