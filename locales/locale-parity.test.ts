import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { localesDir, readLocale } from '../app/core/i18n/node-translator';

const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;

/** Every key of a namespace, plural forms folded (Vietnamese has one, English two). */
function keys(value: Record<string, unknown>, prefix = ''): string[] {
  return Object.entries(value).flatMap(([key, item]) =>
    item !== null && typeof item === 'object'
      ? keys(item as Record<string, unknown>, `${prefix}${key}.`)
      : [`${prefix}${key}`.replace(PLURAL_SUFFIX, '')],
  );
}

describe('locales', () => {
  const vi = readLocale('vi');
  const en = readLocale('en');

  it('has the same namespace files in both languages', () => {
    expect(readdirSync(`${localesDir()}/vi`).sort()).toEqual(readdirSync(`${localesDir()}/en`).sort());
  });

  it.each(Object.keys(en))('%s has the same keys in Vietnamese and English', (namespace) => {
    const viKeys = new Set(keys(vi[namespace] ?? {}));
    const enKeys = new Set(keys(en[namespace] ?? {}));
    expect([...enKeys].filter((k) => !viKeys.has(k)), 'missing in vi').toEqual([]);
    expect([...viKeys].filter((k) => !enKeys.has(k)), 'missing in en').toEqual([]);
  });

  it('has no empty strings', () => {
    for (const language of [vi, en]) {
      for (const tree of Object.values(language)) expect(JSON.stringify(tree)).not.toContain('""');
    }
  });
});
