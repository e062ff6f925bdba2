import { describe, expect, it } from 'vitest';
import { testRecord } from '../../core/testing/test-records';
import { articleSchema, relationsRecordSchema } from './record-schema';
import { isArticleSource } from './source-kinds';

const text = (value: string) => ({ vi: value, en: value, translation: 'ours' as const });

describe('record schema: status, passage role, display title', () => {
  it('accepts a planned record and a related-headline source, and keeps both fields', () => {
    const visit = testRecord.visit('2025-05', 'state');
    const planned = { ...visit, status: 'planned', sources: [{ ...visit.sources[0], passageRole: 'related-headline', confidence: 'low' }] };
    const parsed = relationsRecordSchema.parse(planned);
    expect(parsed.status).toBe('planned');
    expect(parsed.sources.filter(isArticleSource)[0]?.passageRole).toBe('related-headline');
  });

  it('refuses a status or passage role outside their lists', () => {
    const visit = testRecord.visit('2025-05', 'state');
    expect(relationsRecordSchema.safeParse({ ...visit, status: 'cancelled' }).success).toBe(false);
    expect(relationsRecordSchema.safeParse({ ...visit, sources: [{ ...visit.sources[0], passageRole: 'footer' }] }).success).toBe(false);
  });

  it('gives an article a bilingual display title beside its verbatim one', () => {
    const article = { id: 'art-x', publisher: 'P', title: 'Verbatim, garbled', file: 'x.txt', displayTitle: text('Corrected') };
    expect(articleSchema.parse(article).displayTitle?.en).toBe('Corrected');
    expect(articleSchema.safeParse({ ...article, displayTitle: { vi: 'Chỉ tiếng Việt' } }).success).toBe(false);
  });
});
