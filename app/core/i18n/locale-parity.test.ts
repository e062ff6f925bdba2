import { describe, expect, it } from 'vitest';
import { appErrorCodes } from '../../shared/app-error';
import { readLocale } from './node-translator';

/** Every key of a namespace, nested keys dotted; a plural's forms count as one key (Vietnamese has only `_other`). */
function keysOf(value: Record<string, unknown>, prefix = ''): string[] {
  return Object.entries(value).flatMap(([key, item]) =>
    item !== null && typeof item === 'object'
      ? keysOf(item as Record<string, unknown>, `${prefix}${key}.`)
      : [`${prefix}${key.replace(/_(zero|one|two|few|many|other)$/, '')}`],
  );
}

describe('locales', () => {
  const vi = readLocale('vi');
  const en = readLocale('en');

  it('have the same namespaces and the same keys in Vietnamese and English', () => {
    expect(Object.keys(vi).sort()).toEqual(Object.keys(en).sort());
    for (const namespace of Object.keys(en)) {
      const sorted = (locale: Record<string, Record<string, unknown>>) => [...new Set(keysOf(locale[namespace] ?? {}))].sort();
      expect(sorted(vi), namespace).toEqual(sorted(en));
    }
  });

  it('word every error code in both languages', () => {
    for (const locale of [vi, en]) expect(Object.keys(locale.errors ?? {}).sort()).toEqual([...appErrorCodes].sort());
  });

  it('leave no text empty', () => {
    for (const locale of [vi, en]) for (const tree of Object.values(locale)) expect(JSON.stringify(tree)).not.toContain('""');
  });
});
