import { describe, expect, it } from 'vitest';
import { AppError } from '../../shared/app-error';
import { briefSections } from '../../shared/briefs/brief-spec';
import { createNodeTranslator } from '../../core/i18n/node-translator';
import { parseBriefFlags } from './brief-flags';

const english = createNodeTranslator()('en');
const parse = (positionals: string[], values: Record<string, string> = {}) =>
  parseBriefFlags({ positionals, values }, english, '2026-11-23');

describe('parseBriefFlags', () => {
  it('makes a Vietnamese brief of every section with the pinned notes, prepared today, by default', () => {
    expect(parse(['az'])).toEqual({
      countries: ['AZ'],
      language: 'vi',
      sections: [...briefSections],
      notes: 'pinned',
      prepared: '2026-11-23',
    });
  });

  it('reads every flag', () => {
    const spec = parse(['KZ', 'AZ'], {
      lang: 'both',
      sections: 'basic, political',
      years: '10',
      tags: 'dầu khí,visa',
      title: 'Tài liệu',
      occasion: 'Chuyến thăm cấp Nhà nước',
      label: 'MẬT',
      dates: '2025-05-06..2025-05-12',
      prepared: '2025-05-01',
    });
    expect(spec).toEqual({
      countries: ['KZ', 'AZ'],
      language: 'both',
      sections: ['basic', 'political'],
      timelineYears: 10,
      notes: 'tagged',
      noteTags: ['dầu khí', 'visa'],
      title: 'Tài liệu',
      occasion: 'Chuyến thăm cấp Nhà nước',
      label: 'MẬT',
      dates: { start: '2025-05-06', end: '2025-05-12' },
      prepared: '2025-05-01',
    });
  });

  it.each([
    [{ lang: 'fr' }, /^--lang: /],
    [{ sections: 'visits,gossip' }, /^--sections: .*choose from/],
    [{ notes: 'some' }, /^--notes: /],
    [{ years: '0' }, /^--years must be/],
    [{ dates: '2025-13-01' }, /^--dates: /],
  ])('names the flag at fault in %j', (values, message) => {
    try {
      parse(['AZ'], values);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(AppError);
      expect(String((error as AppError).params.detail)).toMatch(message);
    }
  });
});
