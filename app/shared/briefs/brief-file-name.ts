import type { BriefSpec } from './brief-spec';
import { briefLanguages, isBinder } from './brief-spec';

/** The name proposed when a brief is saved: `Brief-AZ-vi-2026-11-23.pdf`, `Binder-KZ-AZ-RU-BY-vi-en-2025-05-06.pdf`. */
export function briefFileName(spec: Pick<BriefSpec, 'countries' | 'language' | 'prepared'>): string {
  const kind = isBinder(spec) ? 'Binder' : 'Brief';
  return `${[kind, ...spec.countries, ...briefLanguages(spec.language), spec.prepared].join('-')}.pdf`;
}
