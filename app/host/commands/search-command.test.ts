import { mkdtemp, readdir } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCountryDesk } from '../testing/run-country-desk';

/** Runs the real `country-desk search` on a fresh data folder; never throws. */
async function search(...args: string[]): Promise<{ code: number; stdout: string; stderr: string; data: string }> {
  const data = await mkdtemp(path.join(os.tmpdir(), 'country-desk-search-'));
  return { ...(await runCountryDesk(['search', ...args, '--data', data])), data };
}

interface JsonHit {
  type: string;
  id: string;
  country: string;
  kind: string;
  title: { vi: string; en: string };
  score: number;
}

describe('country-desk search', () => {
  it('finds the Belarus visa exemption agreement without diacritics, as JSON, best first, writing nothing', async () => {
    const { code, stdout, data } = await search('mien thi thuc', '--json');
    expect(code).toBe(0);
    const hits = JSON.parse(stdout) as JsonHit[];
    expect(hits.find((hit) => hit.id === 'by-agreement-visa-exemption-2023')).toMatchObject({
      type: 'record',
      country: 'BY',
      kind: 'agreement',
      title: { vi: 'Hiệp định miễn thị thực cho người mang hộ chiếu phổ thông', en: 'Visa exemption agreement for ordinary passport holders' },
    });
    const scores = hits.map((hit) => hit.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(await readdir(data)).toEqual([]);
  });

  it('prints one line per hit in the language asked for, with country, kind, title and id', async () => {
    const english = await search('visa exemption', '--lang', 'en');
    expect(english.code).toBe(0);
    expect(english.stdout).toContain('Belarus · Agreement · Visa exemption agreement for ordinary passport holders [by-agreement-visa-exemption-2023]');

    const vietnamese = await search('miễn thị thực', '--lang', 'vi');
    expect(vietnamese.stdout).toContain('Belarus · Văn kiện hợp tác · Hiệp định miễn thị thực cho người mang hộ chiếu phổ thông');
  });

  it('says so when nothing matches', async () => {
    const { code, stdout } = await search('xylophone', '--lang', 'en');
    expect(code).toBe(0);
    expect(stdout.trim()).toBe('Nothing found for “xylophone”');
  });

  it.each([
    ['no query', [], /Usage: country-desk search/],
    ['a 201-character query', ['x'.repeat(201)], /the query must be 1 to 200 characters/],
    ['an unknown language', ['visa', '--lang', 'fr'], /--lang must be vi or en/],
  ])('refuses %s with one line on stderr', async (_case, args, message) => {
    const result = await search(...args);
    expect(result.code).toBe(2);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(message);
  });
});
