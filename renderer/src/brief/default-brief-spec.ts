import { briefSections, localIsoDate, type BriefSpec } from '../../../app/shared/briefs/brief-spec';
import type { CountryCode } from '../../../app/shared/records/record-schema';
import type { Language } from '../../../app/shared/settings/settings-schema';

/** A new brief: every section and every record (all years), the pinned notes, no label, prepared today. */
export function defaultBriefSpec(countries: CountryCode[], language: Language): BriefSpec {
  return {
    countries,
    language,
    sections: [...briefSections],
    notes: 'pinned',
    title: '',
    occasion: '',
    label: '',
    prepared: localIsoDate(),
  };
}
