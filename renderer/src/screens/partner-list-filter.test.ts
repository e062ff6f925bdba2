import { describe, expect, it } from 'vitest';
import type { PartnerSummary } from '../../../app/contract';
import { filterPartners } from './partner-list-filter';

const partner = (code: string, vi: string, en: string, region: 'asia' | 'europe'): PartnerSummary => ({
  partner: { code, name: { vi, en }, officialName: { en }, region, subregion: 'x' },
  recordCount: 0,
});
const rows = [partner('MN', 'Mông Cổ', 'Mongolia', 'asia'), partner('DE', 'Đức', 'Germany', 'europe'), partner('AZ', 'Azerbaijan', 'Azerbaijan', 'asia')];

describe('filterPartners', () => {
  it('matches either name or the code without diacritics, within a region, sorted by name', () => {
    expect(filterPartners(rows, 'mong co', 'all', 'vi').map((r) => r.partner.code)).toEqual(['MN']);
    expect(filterPartners(rows, 'duc', 'all', 'vi').map((r) => r.partner.code)).toEqual(['DE']);
    expect(filterPartners(rows, '', 'asia', 'en').map((r) => r.partner.code)).toEqual(['AZ', 'MN']);
    expect(filterPartners(rows, 'germany', 'asia', 'en')).toEqual([]);
  });
});
