import type { z } from 'zod';
import type { resolveRecordUpdateInputSchema, updateChoiceSchema } from '../../../app/shared/records/record-layers';

/** Which side a field of a merge takes. */
export type UpdateChoice = z.infer<typeof updateChoiceSchema>;

/** What the officer decided on one update: keep mine, take theirs, or a side per field. */
export type ResolveChoice = z.infer<typeof resolveRecordUpdateInputSchema>;

/** The status line's key for a decision. */
export function resolvedStatusKey(choice: ResolveChoice['choice']): string {
  if (choice === 'mine') return 'updates:status.kept-mine';
  if (choice === 'theirs') return 'updates:status.took-theirs';
  return 'updates:status.merged';
}
