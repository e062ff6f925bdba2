// Writes resources/countries/partner-countries.json: every state Vietnam has diplomatic relations with.
// The UN's member states (world-countries, a maintained country-data package) with CLDR's Vietnamese and
// English names (Intl.DisplayNames), then Vietnam's own usage from resources/countries/vietnam-usage.json.
// Run: node scripts/build-partner-countries.mjs   (a test checks that the committed file is what this writes)
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const root = path.resolve(import.meta.dirname, '..');
export const partnerCountriesPath = path.join(root, 'resources', 'countries', 'partner-countries.json');
const usagePath = path.join(root, 'resources', 'countries', 'vietnam-usage.json');

const slug = (text) => text.toLowerCase().replace(/[^a-z]+/g, '-').replace(/^-|-$/g, '');

function fromCountryData(entry, names) {
  return {
    code: entry.cca2,
    name: { vi: names.vi.of(entry.cca2), en: names.en.of(entry.cca2) },
    officialName: { en: entry.name.official },
    ...(entry.capital?.length ? { capital: { en: entry.capital[0] } } : {}),
    region: slug(entry.region),
    subregion: slug(entry.subregion),
  };
}

/** The partner list from the country data and the reviewed usage file; pure, so a test can rebuild it. */
export function buildPartnerCountries(countryData, usage) {
  const names = { vi: new Intl.DisplayNames(['vi'], { type: 'region' }), en: new Intl.DisplayNames(['en'], { type: 'region' }) };
  const overrides = new Map(usage.overrides.map((o) => [o.code, o]));
  const byCode = new Map(countryData.map((entry) => [entry.cca2, entry]));
  const included = countryData.filter((entry) => entry.unMember).map((entry) => entry.cca2);
  for (const o of usage.overrides) if (o.action === 'include' && !included.includes(o.code)) included.push(o.code);
  const countries = [];
  for (const code of included) {
    const override = overrides.get(code);
    if (override?.action === 'exclude') continue;
    const entry = byCode.get(code);
    if (!entry) throw new Error(`${code}: not in the country data`);
    const country = fromCountryData(entry, names);
    if (override?.name) country.name = override.name;
    if (override?.officialName) country.officialName = override.officialName;
    if (override?.capital) country.capital = override.capital;
    if (override?.review) country.review = true;
    countries.push(country);
  }
  countries.sort((a, b) => a.code.localeCompare(b.code));
  return {
    sources: [
      'UN member states and official names, capitals, regions: world-countries (ODbL)',
      'Names in Vietnamese and English: CLDR, through Intl.DisplayNames',
      "Vietnam's own usage: resources/countries/vietnam-usage.json (reviewed, each entry with its reason)",
    ],
    countries,
  };
}

export function readInputs() {
  const require = createRequire(import.meta.url);
  return { countryData: require('world-countries'), usage: JSON.parse(readFileSync(usagePath, 'utf8')) };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { countryData, usage } = readInputs();
  const file = buildPartnerCountries(countryData, usage);
  writeFileSync(partnerCountriesPath, `${JSON.stringify(file, null, 2)}\n`);
  console.log(`Wrote ${file.countries.length} partner countries to ${path.relative(root, partnerCountriesPath)}`);
}
