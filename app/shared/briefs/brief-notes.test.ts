import { describe, expect, it } from 'vitest';
import { selectBriefNotes, type BriefNote } from './brief-notes';

const note = (id: string, patch: Partial<BriefNote>): BriefNote => ({
  id,
  country: 'AZ',
  body: id,
  tags: [],
  pinned: false,
  updatedAt: '2026-01-01T00:00:00.000Z',
  ...patch,
});

const notes = [
  note('pinned-old', { pinned: true, updatedAt: '2025-01-01T00:00:00.000Z' }),
  note('tagged', { tags: ['Dầu khí'] }),
  note('pinned-new', { pinned: true, updatedAt: '2026-06-01T00:00:00.000Z' }),
  note('plain', {}),
];

describe('selectBriefNotes', () => {
  it.each([
    ['none', undefined, []],
    ['pinned', undefined, ['pinned-new', 'pinned-old']],
    ['tagged', ['dầu khí'.normalize('NFD')], ['tagged']],
    ['all', undefined, ['pinned-new', 'tagged', 'plain', 'pinned-old']],
  ] as const)('%s %j gives %j, newest first', (choice, noteTags, ids) => {
    expect(selectBriefNotes(notes, { notes: choice, noteTags: noteTags && [...noteTags] }).map((n) => n.id)).toEqual(ids);
  });
});
