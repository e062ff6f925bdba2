import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCountryDesk } from '../testing/run-country-desk';

describe('country-desk show: amounts', () => {
  it.each([
    ['en', 'Amount: more than USD 65 million', 'Capital: USD 5 million'],
    ['vi', 'Kim ngạch: hơn 65 triệu USD', 'Vốn: 5 triệu USD'],
  ])('prints each trade figure with the qualifier its source gives it, and capital plainly (%s)', async (language, belarus, kyrgyzstan) => {
    const data = await mkdtemp(path.join(os.tmpdir(), 'country-desk-show-'));
    const by = await runCountryDesk(['show', 'BY', '--lang', language, '--data', data]);
    expect(by.code).toBe(0);
    expect(by.stdout.split('\n')).toContain(`  ${belarus}`);
    const kg = await runCountryDesk(['show', 'KG', '--lang', language, '--data', data]);
    expect(kg.stdout.split('\n')).toContain(`  ${kyrgyzstan}`);
  });
});
