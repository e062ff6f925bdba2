import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { packageRoot } from '../package-root';
import { formatProblem, type DatasetProblem } from '../../shared/records/dataset-problems';
import { checkDataset } from './check-dataset';
import { bundledDatasetPath, readDatasetJson } from './load-bundled-dataset';

const repoRoot = packageRoot();
const seedsDir = path.resolve(repoRoot, '../shared/seeds');
const haveSeeds = existsSync(seedsDir);
const seedOptions = haveSeeds ? { seedsDir } : {};

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests break the dataset on purpose
type Loose = any;

let bundled: Loose;

beforeAll(async () => {
  bundled = await readDatasetJson(bundledDatasetPath());
});

/** A deep copy of the bundled dataset, broken by `mutate`, and the problems found in it. */
function check(mutate: (dataset: Loose) => void): DatasetProblem[] {
  const copy = structuredClone(bundled) as Loose;
  mutate(copy);
  return checkDataset(copy, seedOptions);
}

function recordIndex(id: string): number {
  const index = (bundled.records as { id: string }[]).findIndex((r) => r.id === id);
  if (index < 0) throw new Error(`no record ${id} in the bundled dataset`);
  return index;
}

const dataset = () => bundled;
const errors = (problems: DatasetProblem[]) => problems.filter((p) => p.severity === 'error');

describe('checkDataset on the bundled dataset', () => {
  it('finds no problem at all', () => {
    expect(checkDataset(bundled, seedOptions).map(formatProblem)).toEqual([]);
  });

  it.skipIf(!haveSeeds)('checks passages against the seed articles', () => {
    // Sanity: the seed check is really on (one altered passage is caught).
    const i = recordIndex('kg-trade-2023');
    const problems = check((d) => {
      d.records[i].sources[0].passage = 'Kim ngạch song phương đạt 99 triệu USD năm 2023.';
    });
    expect(errors(problems)).toEqual([
      {
        severity: 'error',
        path: `records[${i}] (kg-trade-2023).sources[0].passage`,
        message: `passage not found verbatim in the article's seed file: "Kim ngạch song phương đạt 99 triệu USD năm 2023."`,
      },
    ]);
  });
});

describe('checkDataset on broken copies', () => {
  it('reports a record whose sources were removed, once', () => {
    const i = recordIndex('by-agreement-visa-exemption-2023');
    for (const mutate of [(d: Loose) => delete d.records[i].sources, (d: Loose) => (d.records[i].sources = [])]) {
      expect(errors(check(mutate))).toEqual([
        { severity: 'error', path: `records[${i}] (by-agreement-visa-exemption-2023).sources`, message: 'record has no source' },
      ]);
    }
  });

  it('reports a missing English text', () => {
    const i = recordIndex('az-relations-1992');
    expect(errors(check((d) => (d.records[i].title.en = '')))).toEqual([
      { severity: 'error', path: `records[${i}] (az-relations-1992).title.en`, message: 'English text is missing' },
    ]);
    expect(errors(check((d) => delete d.records[i].summary.en))).toEqual([
      { severity: 'error', path: `records[${i}] (az-relations-1992).summary.en`, message: 'English text is missing' },
    ]);
  });

  it('accepts a text saved in Vietnamese only with its translation missing, and warns of it per record and field', () => {
    const i = recordIndex('az-relations-1992');
    const problems = check((d) => (d.records[i].summary = { vi: d.records[i].summary.vi, en: '', translation: 'missing' }));
    expect(errors(problems)).toEqual([]);
    expect(problems).toContainEqual({
      severity: 'warning',
      path: `records[${i}] (az-relations-1992).summary.en`,
      message: 'translation missing: the English text is empty',
    });
    expect(errors(check((d) => (d.records[i].summary = { vi: '', en: '', translation: 'missing' })))).toEqual([
      { severity: 'error', path: `records[${i}] (az-relations-1992).summary.vi`, message: 'Vietnamese text is missing' },
      { severity: 'error', path: `records[${i}] (az-relations-1992).summary.en`, message: 'English text is missing' },
    ]);
  });

  it('reports an impossible date and a malformed one', () => {
    const i = recordIndex('kg-trade-2023');
    const problems = errors(check((d) => (d.records[i].date = '1992-13-40')));
    expect(problems).toEqual([
      { severity: 'error', path: `records[${i}] (kg-trade-2023).date`, message: 'impossible date 1992-13-40 (expected a real date)' },
    ]);
    expect(formatProblem(problems[0]!)).toBe(`error: records[${i}] (kg-trade-2023).date: impossible date 1992-13-40 (expected a real date)`);

    expect(errors(check((d) => (d.records[i].date = '23/9/1992')))).toEqual([
      {
        severity: 'error',
        path: `records[${i}] (kg-trade-2023).date`,
        message: "malformed date '23/9/1992' (expected YYYY, YYYY-MM or YYYY-MM-DD)",
      },
    ]);
  });

  it('reports a dateEnd before the date', () => {
    const i = recordIndex('ru-visit-2024-06');
    expect(errors(check((d) => (d.records[i].dateEnd = '2024-06-18')))).toEqual([
      { severity: 'error', path: `records[${i}] (ru-visit-2024-06).dateEnd`, message: 'dateEnd 2024-06-18 is before date 2024-06-19' },
    ]);
    // Coarser precision is compared at its own precision: a span inside the same month is fine.
    expect(errors(check((d) => (d.records[i].dateEnd = '2024-06')))).toEqual([]);
  });

  it('reports a duplicate record id', () => {
    const first = recordIndex('az-relations-1992');
    const second = recordIndex('ru-relations-1950');
    expect(errors(check((d) => (d.records[second].id = 'az-relations-1992')))).toEqual([
      {
        severity: 'error',
        path: `records[${second}] (az-relations-1992).id`,
        message: `duplicate record id 'az-relations-1992' (also records[${first}])`,
      },
    ]);
  });

  it('reports a dangling article reference', () => {
    const i = recordIndex('kg-relations-1992');
    expect(errors(check((d) => (d.records[i].sources[1].article = 'art-999-missing')))).toEqual([
      { severity: 'error', path: `records[${i}] (kg-relations-1992).sources[1].article`, message: "unknown article 'art-999-missing'" },
    ]);
  });

  it('reports a dangling country and a dangling related id', () => {
    const i = recordIndex('az-visit-2014-05');
    const problems = errors(
      check((d) => {
        d.records[i].country = 'AM';
        d.records[i].related = ['az-agreement-visa-exemption-2014', 'az-no-such-record'];
      }),
    );
    expect(problems).toEqual([
      { severity: 'error', path: `records[${i}] (az-visit-2014-05).country`, message: "unknown country 'AM'" },
      { severity: 'error', path: `records[${i}] (az-visit-2014-05).related[1]`, message: "unknown related record 'az-no-such-record'" },
    ]);
  });

  it('reports a duplicate country code', () => {
    const problems = errors(check((d) => (d.countries[4].code = 'AZ')));
    expect(problems[0]).toEqual({ severity: 'error', path: 'countries[4] (AZ).code', message: "duplicate country code 'AZ' (also countries[0])" });
    // The records of the country whose code was overwritten now point nowhere.
    expect(problems.slice(1).map((p) => p.message)).toEqual(
      dataset().records.filter((r: { country: string }) => r.country === 'KZ').map(() => "unknown country 'KZ'"),
    );
  });

  it('reports text that is not in NFC', () => {
    const i = recordIndex('kg-people-vietnamese-community');
    const problems = errors(check((d) => (d.records[i].title.vi = d.records[i].title.vi.normalize('NFD'))));
    expect(problems).toEqual([
      { severity: 'error', path: `records[${i}] (kg-people-vietnamese-community).title.vi`, message: 'text is not in Unicode NFC' },
    ]);
  });

  it('passes schema errors through with their path', () => {
    const i = recordIndex('kz-milestone-vietnam-embassy');
    const problems = errors(check((d) => (d.records[i].kind = 'rumour')));
    expect(problems).toHaveLength(1);
    expect(problems[0]!.path).toBe(`records[${i}] (kz-milestone-vietnam-embassy).kind`);
    expect(problems[0]!.message).toMatch(/discriminator/i);

    const wrongType = errors(check((d) => (d.records[recordIndex('kg-trade-2024')].amount.value = '13,5 triệu')));
    expect(wrongType.map((p) => p.path)).toEqual([`records[${recordIndex('kg-trade-2024')}] (kg-trade-2024).amount.value`]);
  });

  it('warns about an article no record cites', () => {
    const problems = check((d) => d.articles.push({ ...d.articles[0], id: 'art-999-unused' }));
    expect(problems).toEqual([{ severity: 'warning', path: 'articles[5] (art-999-unused)', message: 'no record cites this article' }]);
  });

  it('refuses what is not an object', () => {
    expect(checkDataset([], seedOptions)).toEqual([{ severity: 'error', path: '(dataset)', message: 'expected a JSON object' }]);
  });
});

describe('formatProblem', () => {
  it('prints one line', () => {
    expect(formatProblem({ severity: 'warning', path: 'countries[1] (RU)', message: 'two\nlines' })).toBe(
      'warning: countries[1] (RU): two lines',
    );
  });
});

describe('readDatasetJson', () => {
  it('rejects a file that is not JSON with the dataset-invalid code', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'country-desk-check-'));
    try {
      const file = path.join(dir, 'dataset.json');
      await writeFile(file, '{ "schemaVersion": 1,');
      await expect(readDatasetJson(file)).rejects.toMatchObject({ code: 'dataset-invalid' });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
