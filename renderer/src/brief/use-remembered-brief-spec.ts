import { useEffect, useState } from 'react';
import { briefLanguageSchema, type BriefSpec } from '../../../app/shared/briefs/brief-spec';
import {
  parseRememberedBriefOptions,
  rememberedBriefKey,
  rememberedOptionsOf,
  withRememberedOptions,
} from './remembered-brief-options';

/**
 * A country brief's spec that starts from the options last used for that country (on this computer),
 * with `requestedLanguage` (`?lang=` in the address) over them, and remembers them as they change.
 */
export function useRememberedBriefSpec(
  country: string,
  fresh: () => BriefSpec,
  requestedLanguage: string | null,
): [BriefSpec, (spec: BriefSpec) => void] {
  const [spec, setSpec] = useState(() => {
    const requested = briefLanguageSchema.safeParse(requestedLanguage);
    const remembered = parseRememberedBriefOptions(localStorage.getItem(rememberedBriefKey(country)));
    return withRememberedOptions(fresh(), remembered, requested.success ? requested.data : undefined);
  });
  useEffect(() => {
    localStorage.setItem(rememberedBriefKey(country), JSON.stringify(rememberedOptionsOf(spec)));
  }, [country, spec]);
  return [spec, setSpec];
}
