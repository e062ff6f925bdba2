import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { packageRoot } from '../package-root';
import type { Dataset, RecordOfKind, RelationsRecord } from '../../shared/records/record-schema';
import type { ImportCandidate } from './import-candidate';
import { isDuplicate, markDuplicates } from './match-duplicates';

const dataset: Dataset = JSON.parse(readFileSync(path.join(packageRoot(), 'resources', 'dataset', 'dataset.json'), 'utf8'));
const byId = (id: string) => dataset.records.find((r) => r.id === id)!;

describe('isDuplicate', () => {
  it('matches trade by country, year and flow, not by amount or year alone', () => {
    const held = byId('az-trade-2013') as RecordOfKind<'trade'>;
    expect(isDuplicate({ ...held, id: 'x', amount: { value: 1, currency: 'USD' } }, held)).toBe(true);
    expect(isDuplicate({ ...held, id: 'x', year: 2014 }, held)).toBe(false);
    expect(isDuplicate({ ...held, id: 'x', flow: 'vn-exports' }, held)).toBe(false);
    expect(isDuplicate({ ...held, id: 'x', country: 'KG' }, held)).toBe(false);
  });

  it('matches a visit by principal (spellings differ) and a compatible date', () => {
    const held = dataset.records.find((r) => r.kind === 'visit' && r.country === 'KG' && r.date?.startsWith('2025-03')) as RecordOfKind<'visit'>;
    const candidate: RelationsRecord = { ...held, id: 'x', date: '2025-03', principal: { ...held.principal, name: { vi: 'Adylbek Kasimalyev', en: 'Adylbek Kasimalyev', translation: 'ours' } } };
    expect(isDuplicate(candidate, held)).toBe(true);
    expect(isDuplicate({ ...candidate, date: '2024-03' }, held)).toBe(false);
    expect(isDuplicate({ ...candidate, principal: { ...held.principal, name: { vi: 'Nguyễn Văn A', en: 'Nguyễn Văn A', translation: 'ours' } } }, held)).toBe(false);
  });

  it('matches relations by country whatever the date, other kinds by a compatible date', () => {
    const held = byId('kg-relations-1992');
    expect(isDuplicate({ ...held, id: 'x', date: '1992-06' } as RelationsRecord, held)).toBe(true);
    expect(isDuplicate({ ...held, id: 'x', country: 'KZ' } as RelationsRecord, held)).toBe(false);
    const milestone = dataset.records.find((r) => r.kind === 'milestone' && r.date?.length === 10)!;
    expect(isDuplicate({ ...milestone, id: 'x', date: milestone.date!.slice(0, 7) }, milestone)).toBe(true);
    expect(isDuplicate({ ...milestone, id: 'x', date: '1900' }, milestone)).toBe(false);
  });
});

describe('markDuplicates', () => {
  const held = byId('kg-relations-1992');
  const candidate = (date: string): ImportCandidate => ({
    record: { ...held, id: 'kg-relations-x', date } as RelationsRecord,
    passage: 'p',
    span: [0, 1],
    flags: [],
    duplicateOf: null,
  });

  it('names the held record, and says whether the candidate\'s date is more precise or disagrees', () => {
    const [same, vaguer, other] = markDuplicates([candidate(held.date!), candidate(held.date!.slice(0, 4)), candidate('1993-01-01')], [held]);
    expect(same).toMatchObject({ duplicateOf: 'kg-relations-1992', flags: [] });
    expect(vaguer).toMatchObject({ duplicateOf: 'kg-relations-1992', flags: ['less-precise-date'] });
    expect(other).toMatchObject({ duplicateOf: 'kg-relations-1992', flags: ['sources-disagree'] });
    const precise = markDuplicates([candidate('1992-06-04')], [{ ...held, date: '1992-06' } as RelationsRecord])[0];
    expect(precise?.flags).toEqual(['more-precise-date']);
    expect(markDuplicates([candidate('1992-06-04')], [])[0]?.duplicateOf).toBeNull();
  });
});
