import { describe, expect, it } from 'vitest';
import { newRecordDraft, withKind } from './new-record-draft';

describe('new record drafts', () => {
  it('starts a visit with the partner’s principal, no counterparts and an own-knowledge source', () => {
    const draft = newRecordDraft('mine-mn-visit-1', 'visit', 'MN', 2026);
    expect(draft).toMatchObject({ id: 'mine-mn-visit-1', country: 'MN', kind: 'visit', counterparts: [], principal: { country: 'MN' } });
    expect(draft.sources).toEqual([{ kind: 'knowledge', passage: '', confidence: 'medium' }]);
  });

  it('keeps the common fields when the kind changes and drops the old kind’s', () => {
    const visit = { ...newRecordDraft('mine-mn-visit-1', 'visit', 'MN', 2026), date: '2025-05' };
    const trade = withKind(visit, 'trade', 2026);
    expect(trade).toMatchObject({ id: 'mine-mn-visit-1', kind: 'trade', date: '2025-05', year: 2026, flow: 'turnover', amount: { currency: 'USD' } });
    expect(trade).not.toHaveProperty('principal');
    expect(trade).not.toHaveProperty('direction');
  });
});
