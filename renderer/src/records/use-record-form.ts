import { useCallback, useMemo, useState } from 'react';
import type { Article, CountryCode, RelationsRecord } from '../../../app/shared/records/record-schema';
import { addRecordInputSchema } from '../../../app/shared/records/record-layers';
import { pathKey, readAt, writeAt, type DraftPath } from './draft-path';
import { fieldProblems, type FieldProblem } from './field-problems';

/** What the form edits: the record and the new articles it cites, shaped as the request that saves them. */
export interface RecordRequestDraft {
  record: Record<string, unknown>;
  articles: Record<string, unknown>[];
}

/** What every field of the record form is given: the draft, a way to change it, the problem of a field. */
export interface RecordForm {
  draft: RecordRequestDraft;
  value(path: DraftPath): unknown;
  set(path: DraftPath, value: unknown): void;
  problem(path: DraftPath): FieldProblem | undefined;
  /** The partner the record is about. */
  country: CountryCode;
  /** The articles the desk already holds, which a source may cite. */
  knownArticles: readonly Article[];
}

export interface ValidRecordRequest {
  record: RelationsRecord;
  articles: Article[];
}

/** The record form's state: the draft, each field's problem, and the check run before saving. */
export function useRecordForm(initial: RecordRequestDraft, country: CountryCode, knownArticles: readonly Article[]) {
  const [draft, setDraft] = useState(initial);
  const [problems, setProblems] = useState<ReadonlyMap<string, FieldProblem>>(new Map());

  const set = useCallback((path: DraftPath, value: unknown) => setDraft((current) => writeAt(current, path, value)), []);
  const form = useMemo<RecordForm>(
    () => ({
      draft,
      value: (path) => readAt(draft, path),
      set,
      problem: (path) => problems.get(pathKey(path)),
      country,
      knownArticles,
    }),
    [draft, set, problems, country, knownArticles],
  );

  /**
   * The request when the draft is valid (new articles no source cites any more left out); otherwise the problems
   * shown beside their fields, and undefined.
   */
  const validate = (): ValidRecordRequest | undefined => {
    const cited = new Set((draft.record.sources as Record<string, unknown>[] | undefined)?.map((source) => source.article));
    const request = { ...draft, articles: draft.articles.filter((article) => cited.has(article.id)) };
    setDraft(request);
    const parsed = addRecordInputSchema.safeParse(request);
    if (parsed.success) {
      setProblems(new Map());
      return parsed.data;
    }
    setProblems(fieldProblems(parsed.error.issues, request));
    return undefined;
  };
  const showProblem = (field: string, problem: FieldProblem) => setProblems(new Map([[field, problem]]));
  return { form, validate, problems, showProblem };
}
