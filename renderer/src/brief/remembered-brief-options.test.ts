import { describe, expect, it } from 'vitest';
import { defaultBriefSpec } from './default-brief-spec';
import { parseRememberedBriefOptions, rememberedOptionsOf, withRememberedOptions } from './remembered-brief-options';

describe('a country brief’s remembered options', () => {
  const fresh = defaultBriefSpec(['AZ'], 'vi');

  it('brings back the last language, sections and label', () => {
    const last = { ...fresh, language: 'en' as const, sections: ['political' as const, 'economy' as const], label: 'MẬT' };
    const stored = JSON.stringify(rememberedOptionsOf(last));
    const again = withRememberedOptions(fresh, parseRememberedBriefOptions(stored), undefined);
    expect(again).toEqual({ ...fresh, language: 'en', sections: ['political', 'economy'], label: 'MẬT' });
  });

  it('lets the language asked for win, and keeps the defaults when nothing is remembered', () => {
    const remembered = { language: 'en' as const, sections: ['economy' as const], label: '' };
    expect(withRememberedOptions(fresh, remembered, 'vi').language).toBe('vi');
    expect(withRememberedOptions(fresh, undefined, 'en')).toEqual({ ...fresh, language: 'en' });
    expect(withRememberedOptions(fresh, undefined, undefined)).toEqual(fresh);
  });

  it('ignores a stored value that does not parse', () => {
    expect(parseRememberedBriefOptions(null)).toBeUndefined();
    expect(parseRememberedBriefOptions('[')).toBeUndefined();
    expect(parseRememberedBriefOptions(JSON.stringify({ language: 'fr', sections: [], label: '' }))).toBeUndefined();
  });
});
