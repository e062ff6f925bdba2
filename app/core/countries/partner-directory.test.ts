import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildPartnerCountries, partnerCountriesPath, readInputs } from '../../../scripts/build-partner-countries.mjs';
import { vietnamUsageFileSchema } from '../../shared/countries/partner-country-schema';
import { loadBundledDataset } from '../records/load-bundled-dataset';
import { bundledPartnerCountries, createPartnerDirectory } from './partner-directory';

const resourcesDir = path.resolve(import.meta.dirname, '..', '..', '..', 'resources');

const partners = bundledPartnerCountries();
const directory = createPartnerDirectory(partners, (await loadBundledDataset(resourcesDir)).countries);

describe('partner countries', () => {

  it('is what the builder writes from the country data and the reviewed usage file', () => {
    const { countryData, usage } = readInputs();
    expect(JSON.parse(readFileSync(partnerCountriesPath, 'utf8'))).toEqual(buildPartnerCountries(countryData, usage));
  });

  it('lists about 190 states, each with both names, an English official name and a region', () => {
    expect(partners.length).toBeGreaterThanOrEqual(185);
    expect(partners.length).toBeLessThanOrEqual(200);
    for (const partner of partners) {
      expect(partner.name.vi, partner.code).not.toBe('');
      expect(partner.name.en, partner.code).not.toBe('');
      expect(partner.officialName.en, partner.code).not.toBe('');
    }
    expect(partners.find((p) => p.code === 'VN')).toBeUndefined();
  });

  it("follows Vietnam's usage for Palestine, Kosovo and Taiwan", () => {
    expect(directory.find('PS')?.name).toEqual({ vi: 'Nhà nước Palestine', en: 'State of Palestine' });
    expect(directory.find('XK')).toBeUndefined();
    expect(directory.find('TW')).toBeUndefined();
  });

  it('gives every reviewed override a reason, and marks the unsure ones for review', () => {
    const usage = vietnamUsageFileSchema.parse(readInputs().usage);
    for (const entry of usage.overrides) expect(entry.reason.length, entry.code).toBeGreaterThan(20);
    expect(directory.find('CI')?.review).toBe(true);
    expect(usage.overrides.find((o) => o.code === 'VA')).toMatchObject({ action: 'exclude', review: true });
  });

  it("takes a seed country's names from the dataset, where they were reviewed with its records", () => {
    expect(directory.find('RU')?.capital).toEqual({ vi: 'Mát-xcơ-va', en: 'Moscow' });
    expect(directory.find('KG')?.officialName).toEqual({ vi: 'Cộng hòa Kyrgyzstan', en: 'Kyrgyz Republic' });
    expect(directory.find('MN')?.name).toEqual({ vi: 'Mông Cổ', en: 'Mongolia' });
  });
});
