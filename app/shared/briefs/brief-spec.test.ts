import { describe, expect, it } from 'vitest';
import { briefParts, contentsParts } from './brief-outline';
import { briefPrintRoute, parseBriefPrintRoute } from './brief-print-route';
import { isPrintRoute } from './print-route-hash';
import { briefFileName, briefLanguages, briefSections, briefSpecSchema, type BriefSpec } from './brief-spec';

const spec = (patch: Partial<BriefSpec> = {}): BriefSpec => ({
  countries: ['AZ'],
  language: 'vi',
  sections: [...briefSections],
  notes: 'pinned',
  prepared: '2026-11-23',
  ...patch,
});

describe('briefSpecSchema', () => {
  it('stores printed text in NFC, trimmed', () => {
    const decomposed = ' LƯU HÀNH NỘI BỘ '.normalize('NFD');
    const parsed = briefSpecSchema.parse({ ...spec(), label: decomposed });
    expect(parsed.label).toBe('LƯU HÀNH NỘI BỘ');
  });

  it.each([
    [{ countries: [] }, 'choose at least one country'],
    [{ countries: ['AZ', 'AZ'] }, 'each country once'],
    [{ sections: [] }, 'choose at least one section'],
    [{ language: 'fr' }, 'Invalid option'],
    [{ prepared: '2026-02-30' }, 'expected a real date'],
  ])('refuses %j', (patch, message) => {
    const result = briefSpecSchema.safeParse({ ...spec(), ...patch });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toContain(message);
  });

  it('prints both languages Vietnamese first', () => {
    expect(briefLanguages('both')).toEqual(['vi', 'en']);
    expect(briefLanguages('en')).toEqual(['en']);
  });
});

describe('briefFileName', () => {
  it.each([
    [spec(), 'Brief-AZ-vi-2026-11-23.pdf'],
    [spec({ countries: ['KG'], language: 'en' }), 'Brief-KG-en-2026-11-23.pdf'],
    [spec({ countries: ['KZ', 'AZ', 'RU', 'BY'], language: 'both', prepared: '2025-05-06' }), 'Binder-KZ-AZ-RU-BY-vi-en-2025-05-06.pdf'],
  ])('names %j %s', (given, name) => {
    expect(briefFileName(given)).toBe(name);
  });
});

describe('binder parts', () => {
  it('has none for one country', () => {
    expect(briefParts(spec())).toEqual([]);
  });

  it('has the front matter, the countries in order and the sources', () => {
    const binder = spec({ countries: ['KZ', 'AZ', 'RU', 'BY'] });
    expect(briefParts(binder)).toEqual(['front', 'KZ', 'AZ', 'RU', 'BY', 'sources']);
    expect(contentsParts(binder)).toEqual(['KZ', 'AZ', 'RU', 'BY', 'sources']);
    expect(contentsParts({ ...binder, sections: ['political'] })).toEqual(['KZ', 'AZ', 'RU', 'BY']);
  });
});

describe('the print route', () => {
  it('carries the spec, Vietnamese text included, and the layout through the hash', () => {
    const original = spec({ title: 'Hội đàm với Thủ tướng Kyrgyzstan', label: 'LƯU HÀNH NỘI BỘ', countries: ['KZ', 'AZ'] });
    const route = briefPrintRoute(original, { part: 'AZ' });
    expect(isPrintRoute(route)).toBe(true);
    expect(route).toMatch(/^#\/print\?spec=[\w-]+&part=AZ$/);
    expect(parseBriefPrintRoute(route)).toEqual({ spec: original, part: 'AZ', contentsPages: undefined });
    expect(parseBriefPrintRoute(briefPrintRoute(original, { contentsPages: [3, 5, 9] }))?.contentsPages).toEqual([3, 5, 9]);
    expect(parseBriefPrintRoute(briefPrintRoute(original, { part: 'front', totalPages: 14 }))?.totalPages).toBe(14);
  });

  it('refuses a route whose spec is not valid', () => {
    expect(parseBriefPrintRoute('#/print?spec=not-json')).toBeUndefined();
    expect(parseBriefPrintRoute(briefPrintRoute({ ...spec(), countries: [] }))).toBeUndefined();
    expect(isPrintRoute('#/country/AZ')).toBe(false);
  });
});
