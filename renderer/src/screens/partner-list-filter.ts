import type { PartnerSummary } from '../../../app/contract';
import type { Region } from '../../../app/shared/countries/region-keys';
import { foldVietnamese } from '../../../app/shared/search/fold-vietnamese';
import type { Language } from '../../../app/shared/settings/settings-schema';

/** The partners of a region (or all) whose name in either language, or code, contains `query` without diacritics; by name. */
export function filterPartners(rows: readonly PartnerSummary[], query: string, region: Region | 'all', language: Language): PartnerSummary[] {
  const wanted = foldVietnamese(query.trim());
  const collator = new Intl.Collator(language);
  return rows
    .filter(({ partner }) => region === 'all' || partner.region === region)
    .filter(({ partner }) => wanted === '' || [partner.name.vi, partner.name.en, partner.code].some((text) => foldVietnamese(text).includes(wanted)))
    .sort((a, b) => collator.compare(a.partner.name[language], b.partner.name[language]));
}
