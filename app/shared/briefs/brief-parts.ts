import type { CountryCode } from '../records/record-schema';
import { hasSection, isBinder, type BriefSpec } from './brief-spec';

/**
 * The parts of a binder, each starting on a new page: the front matter (cover and contents), one part
 * per country, and the numbered sources. A brief of one country prints as one piece and has no parts.
 */
export type BriefPart = 'front' | 'sources' | CountryCode;

export function briefParts(spec: Pick<BriefSpec, 'countries' | 'sections'>): BriefPart[] {
  if (!isBinder(spec)) return [];
  return ['front', ...spec.countries, ...(hasSection(spec, 'sources') ? (['sources'] as const) : [])];
}

/** The parts the table of contents lists (all but the front matter), in order. */
export function contentsParts(spec: Pick<BriefSpec, 'countries' | 'sections'>): BriefPart[] {
  return briefParts(spec).filter((part) => part !== 'front');
}

/** The id of a part's heading, which the contents link to: the printed PDF has a named destination for it. */
export function partAnchor(part: BriefPart): string {
  return `part-${part}`;
}
