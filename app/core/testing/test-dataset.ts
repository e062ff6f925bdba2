import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Dataset } from '../../shared/records/record-schema';

const text = (vi: string, en: string) => ({ vi, en, translation: 'ours' as const });

/** A small valid dataset for tests that must not depend on the bundled records. */
export function makeTestDataset(datasetVersion = '2026.1.1'): Dataset {
  return {
    schemaVersion: 1,
    datasetVersion,
    asOf: '2025-05-09',
    articles: [{ id: 'art-test', publisher: 'Báo Thế giới và Việt Nam', title: 'Bài thử', date: '2025-05-09', file: 'test.txt' }],
    countries: [
      { code: 'AZ', name: text('Azerbaijan', 'Azerbaijan') },
      { code: 'BY', name: text('Belarus', 'Belarus') },
    ],
    records: [
      {
        id: 'az-relations-1992',
        kind: 'relations',
        country: 'AZ',
        date: '1992-09-23',
        title: text('Thiết lập quan hệ ngoại giao', 'Diplomatic relations established'),
        summary: text('Việt Nam và Azerbaijan thiết lập quan hệ ngoại giao.', 'Viet Nam and Azerbaijan established diplomatic relations.'),
        sources: [{ article: 'art-test', passage: 'Hai nước thiết lập quan hệ ngoại giao ngày 23/9/1992.', confidence: 'high' }],
      },
      {
        id: 'by-trade-2024',
        kind: 'trade',
        country: 'BY',
        date: '2024',
        year: 2024,
        flow: 'turnover',
        amount: { value: 150_000_000, currency: 'USD' },
        title: text('Kim ngạch thương mại 2024', 'Trade turnover 2024'),
        summary: text('Kim ngạch đạt 150 triệu USD.', 'Turnover reached USD 150 million.'),
        sources: [{ article: 'art-test', passage: 'Kim ngạch đạt 150 triệu USD.', confidence: 'high' }],
      },
    ],
  };
}

/** A temp resources folder holding `dataset/dataset.json`, and a temp data folder beside it. */
export async function makeTestFolders(dataset: Dataset = makeTestDataset()): Promise<{ root: string; resourcesDir: string; dataDir: string }> {
  const root = await mkdtemp(path.join(os.tmpdir(), 'country-desk-test-'));
  const resourcesDir = path.join(root, 'resources');
  await mkdir(path.join(resourcesDir, 'dataset'), { recursive: true });
  await writeFile(path.join(resourcesDir, 'dataset', 'dataset.json'), JSON.stringify(dataset));
  return { root, resourcesDir, dataDir: path.join(root, 'data') };
}
