import type { Article, RelationsRecord } from '../../../app/shared/records/record-schema';
import { addRecordInputSchema } from '../../../app/shared/records/record-layers';
import { fieldProblems, type FieldProblem } from './field-problems';

/** What the form edits: the record and the new articles it cites, shaped as the request that saves them. */
export interface RecordRequestDraft {
  record: Record<string, unknown>;
  articles: Record<string, unknown>[];
}

export interface ValidRecordRequest {
  record: RelationsRecord;
  articles: Article[];
}

export type DraftCheck =
  | { ok: true; draft: RecordRequestDraft; request: ValidRecordRequest }
  | { ok: false; draft: RecordRequestDraft; problems: Map<string, FieldProblem> };

/**
 * Checks a draft against the request's schema before it is sent. New articles no source cites any more are left
 * out first (the returned `draft`, which the problems' paths refer to).
 */
export function checkRecordDraft(draft: RecordRequestDraft): DraftCheck {
  const cited = new Set((draft.record.sources as Record<string, unknown>[] | undefined)?.map((source) => source.article));
  const pruned = { ...draft, articles: draft.articles.filter((article) => cited.has(article.id)) };
  const parsed = addRecordInputSchema.safeParse(pruned);
  return parsed.success ? { ok: true, draft: pruned, request: parsed.data } : { ok: false, draft: pruned, problems: fieldProblems(parsed.error.issues, pruned) };
}
