import { useCallback, useMemo, useState } from 'react';
import type { Article, CountryCode } from '../../../app/shared/records/record-schema';
import { checkRecordDraft, type RecordRequestDraft, type ValidRecordRequest } from './check-record-draft';
import { pathKey, readAt, writeAt, type DraftPath } from './draft-path';
import type { FieldProblem } from './field-problems';

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

  /** The request when the draft is valid; otherwise the problems shown beside their fields, and undefined. */
  const validate = (): ValidRecordRequest | undefined => {
    const check = checkRecordDraft(draft);
    setDraft(check.draft);
    setProblems(check.ok ? new Map() : check.problems);
    return check.ok ? check.request : undefined;
  };
  const showProblem = (field: string, problem: FieldProblem) => setProblems(new Map([[field, problem]]));
  return { form, validate, problems, showProblem };
}
