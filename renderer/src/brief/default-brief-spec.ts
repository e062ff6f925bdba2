import { briefSections, type BriefSpec } from '../../../app/core/briefs/brief-spec';
import { localIsoDate } from '../../../app/core/briefs/local-iso-date';
import type { CountryCode } from '../../../app/core/records/record-schema';
import type { Language } from '../../../app/core/settings/settings-schema';

/** A new brief: every section, the last ten years on the timeline, the pinned notes, no label, prepared today. */
export function defaultBriefSpec(countries: CountryCode[], language: Language): BriefSpec {
  return {
    countries,
    language,
    sections: [...briefSections],
    timelineYears: 10,
    notes: 'pinned',
    title: '',
    occasion: '',
    label: '',
    prepared: localIsoDate(),
  };
}
