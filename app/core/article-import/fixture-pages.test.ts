import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { relationsRecordSchema, type RelationsRecord } from '../../shared/records/record-schema';
import { importArticle } from './import-article';
import { buildFixturePage, fixturePages, haveSeeds } from './testing/synthetic-page';
import { isArticleSource } from '../../shared/records/source-kinds';

interface ExpectedFact {
  country: string;
  kind: string;
  date?: string;
  year?: number;
  flow?: string;
  value?: number;
}

const expected: Record<string, ExpectedFact[]> = JSON.parse(readFileSync(path.join(import.meta.dirname, 'fixtures', 'expected-facts.json'), 'utf8')).pages;
const pages = fixturePages.filter((page) => haveSeeds || !page.seed);
const imports = new Map(pages.map((page) => [page.id, importArticle(new TextEncoder().encode(buildFixturePage(page)), { fileName: `${page.id}.html`, existing: [] })]));

function matches(record: RelationsRecord, fact: ExpectedFact): boolean {
  if (record.country !== fact.country || record.kind !== fact.kind) return false;
  if (record.kind === 'trade') return record.year === fact.year && record.flow === fact.flow && record.amount.value === fact.value;
  return fact.date === undefined || (record.date ?? '').startsWith(fact.date);
}

describe('fixture pages (seed articles inside outlets\' boilerplate, and our own)', () => {
  it.each(pages.map((page) => [page.id, page] as const))('%s: every passage is the cleaned text at its span, every record valid', (id) => {
    const imported = imports.get(id)!;
    expect(imported.candidates.length).toBeGreaterThan(0);
    for (const candidate of imported.candidates) {
      expect(imported.cleanedText.slice(candidate.span[0], candidate.span[1])).toBe(candidate.passage);
      expect(candidate.record.sources[0]?.passage).toBe(candidate.passage);
      expect(relationsRecordSchema.safeParse(candidate.record).success).toBe(true);
      if (candidate.flags.includes('year-from-article-date')) expect(candidate.record.sources.filter(isArticleSource)[0]?.inference?.en).toMatch(/taken from the article's date/);
    }
  });

  it.each(pages.map((page) => [page.id, page] as const))('%s: the outlet\'s menus, counters, follow prompt and teaser are dropped and propose nothing', (id, page) => {
    const imported = imports.get(id)!;
    expect(imported.cleanedText).not.toContain(page.teaser);
    expect(imported.cleanedText).not.toMatch(/Theo dõi|Follow Viet Nam News|Lượt xem|Số lượt truy cập|Chia sẻ/);
    expect(imported.dropped.map((d) => d.text).join('\n')).toContain(page.teaser);
    for (const candidate of imported.candidates) expect(candidate.passage).not.toContain(page.teaser);
  });

  it('reads the article card from JSON-LD, Open Graph, the page stamp or the saved-from comment', () => {
    expect(imports.get('nhandan-kz-uz')!.article).toMatchObject({ publisher: 'Báo Nhân Dân', date: '2024-08-23', dateSource: 'json-ld', url: expect.stringContaining('nhandan.vn') });
    expect(imports.get('vnexpress-ru-trade')!.article).toMatchObject({ publisher: 'VnExpress', date: '2024-10-20', dateSource: 'meta' });
    if (haveSeeds) {
      expect(imports.get('thoidai-by-new-heights')!.article).toMatchObject({ date: '2025-05-09', dateSource: 'page', url: expect.stringContaining('thoidai.com.vn') });
      expect(imports.get('mofa-az-aliyev-visit')!.article.date).toBeUndefined();
    }
  });

  it('finds at least 85% of the hand-written facts, with at least 90% of candidates among them', () => {
    let found = 0;
    let total = 0;
    let correct = 0;
    let proposed = 0;
    const misses: string[] = [];
    const wrong: string[] = [];
    for (const page of pages) {
      const records = imports.get(page.id)!.candidates.map((c) => c.record);
      const facts = expected[page.id] ?? [];
      total += facts.length;
      for (const fact of facts) {
        if (records.some((r) => matches(r, fact))) found++;
        else misses.push(`${page.id}: ${JSON.stringify(fact)}`);
      }
      proposed += records.length;
      for (const record of records) {
        if (facts.some((fact) => matches(record, fact))) correct++;
        else wrong.push(`${page.id}: ${record.country} ${record.kind} ${record.date ?? ''}`);
      }
    }
    const recall = found / total;
    const precision = correct / proposed;
    console.log(`article import on ${pages.length} fixture pages: recall ${(recall * 100).toFixed(1)}% (${found}/${total}), precision ${(precision * 100).toFixed(1)}% (${correct}/${proposed})`);
    if (misses.length) console.log(`missed:\n  ${misses.join('\n  ')}`);
    if (wrong.length) console.log(`not in the table:\n  ${wrong.join('\n  ')}`);
    expect(recall).toBeGreaterThanOrEqual(0.85);
    expect(precision).toBeGreaterThanOrEqual(0.9);
  });
});
