import type { z } from 'zod';
import type { AppErrorParams } from '../../../app/shared/app-error';
import { pathKey, readAt, type DraftPath } from './draft-path';

/** What is wrong with one field, as a key of the `records` namespace's `problems` and its values. */
export interface FieldProblem {
  key: string;
  params?: Record<string, string | number>;
}

type Issue = z.core.$ZodIssue;

const DATE_FIELDS = new Set(['date', 'dateEnd']);

/** Whether a value is a text in both languages (a problem of the whole text, not of one language). */
function isText(value: unknown): boolean {
  return typeof value === 'object' && value !== null && 'vi' in value && 'en' in value;
}

/** The officer's words for a validator's issue: by its code and the field it is on, never the validator's English. */
function problemOfIssue(issue: Issue, path: DraftPath, input: unknown): FieldProblem {
  const field = String(path.at(-1) ?? '');
  switch (issue.code) {
    case 'invalid_type':
      return { key: issue.expected === 'number' && readAt(input, path) !== undefined ? 'number' : 'required' };
    case 'too_small':
      if (issue.origin === 'array') return { key: field === 'sources' ? 'noSource' : 'required' };
      if (issue.origin === 'string') return { key: 'required' };
      return { key: 'tooSmall', params: { minimum: Number(issue.minimum) } };
    case 'too_big':
      return { key: 'tooBig', params: { maximum: Number(issue.maximum) } };
    case 'invalid_format':
      return { key: field === 'url' ? 'url' : field === 'currency' ? 'currency' : 'format' };
    case 'invalid_value':
      return { key: 'choose' };
    case 'custom':
      if (field === 'vi' || field === 'en' || isText(readAt(input, path))) return { key: 'textMissing' };
      if (DATE_FIELDS.has(field)) return { key: 'date' };
      return { key: 'invalid' };
    default:
      return { key: 'invalid' };
  }
}

/** The first problem of each field of `input`, by field id (the issue's path). */
export function fieldProblems(issues: readonly Issue[], input: unknown): Map<string, FieldProblem> {
  const problems = new Map<string, FieldProblem>();
  for (const issue of issues) {
    const path = issue.path.map((step) => (typeof step === 'symbol' ? String(step) : step));
    const key = pathKey(path);
    if (!problems.has(key)) problems.set(key, problemOfIssue(issue, path, input));
  }
  return problems;
}

/**
 * The field an `invalid-input` reply names (its detail is `path: message`), so the problem is shown beside
 * that field; undefined for any other reply.
 */
export function fieldOfInvalidInput(code: string, params: AppErrorParams): string | undefined {
  if (code !== 'invalid-input' || typeof params.detail !== 'string') return undefined;
  const separator = params.detail.indexOf(': ');
  return separator > 0 ? params.detail.slice(0, separator) : undefined;
}
