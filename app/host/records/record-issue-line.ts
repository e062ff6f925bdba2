import type { TFunction } from 'i18next';
import type { z } from 'zod';

type Issue = z.core.$ZodIssue;

/** `record.sources[0].passage`: the zod issue path as the officer reads it in their file. */
export function issueField(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, segment) => (typeof segment === 'number' ? `${out}[${segment}]` : out === '' ? String(segment) : `${out}.${String(segment)}`), '');
}

/** What a string field's pattern asks for, by the field's name (the patterns themselves are no help to an officer). */
function formatHint(field: PropertyKey | undefined, t: TFunction): string {
  switch (field) {
    case 'country':
      return t('records.problem.hint.country');
    case 'currency':
      return t('records.problem.hint.currency');
    case 'id':
    case 'article':
      return t('records.problem.hint.id');
    default:
      return t('records.problem.hint.other');
  }
}

const shown = (value: unknown): string => (typeof value === 'string' ? value : JSON.stringify(value) ?? '');

/** A size issue: `origin` tells whether it counts characters, items or is a number. */
function sizeProblem(issue: Extract<Issue, { code: 'too_small' | 'too_big' }>, t: TFunction): string {
  const bound = issue.code === 'too_small' ? issue.minimum : issue.maximum;
  const unit = issue.origin === 'string' ? 'characters' : issue.origin === 'array' || issue.origin === 'set' ? 'items' : 'number';
  if (issue.code === 'too_small' && unit !== 'number' && Number(bound) === 1) return t('records.problem.empty');
  return t(`records.problem.${issue.code === 'too_small' ? 'atLeast' : 'atMost'}.${unit}`, { bound: String(bound) });
}

/** A refinement's issue: the dates and texts say what is wrong in the officer's words; others keep the schema's own message. */
function customProblem(issue: Extract<Issue, { code: 'custom' }>, t: TFunction): string {
  const problem = issue.params?.problem;
  if (problem === 'malformed-date' || problem === 'impossible-date') return t(`records.problem.${problem}`, { value: shown(issue.input) });
  if (problem === 'patch-fixed') return t('records.patchFixed', { value: shown(issue.params?.value) });
  if (problem === 'patch-empty') return t('records.patchEmpty');
  const last = issue.path.at(-1);
  if ((last === 'vi' || last === 'en') && (issue.input === undefined || shown(issue.input).trim() === '')) return t(`records.problem.textMissing.${last}`);
  return issue.message;
}

/** The problem of one zod issue, in the language of `t` (the CLI's `records.problem.*` texts). */
export function issueProblem(issue: Issue, t: TFunction): string {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined ? t('records.problem.missing') : t('records.problem.wrongType', { expected: issue.expected });
    case 'invalid_value':
      if (issue.input === undefined) return t('records.problem.missing');
      return t('records.problem.notOneOf', { value: shown(issue.input), values: issue.values.map(shown).join(', ') });
    case 'invalid_union': {
      // A discriminated union (the record's `kind`) names its discriminator and the options.
      const { options, discriminator } = issue as { options?: unknown[]; discriminator?: string };
      if (!options || discriminator === undefined) return t('records.problem.invalid');
      const value = typeof issue.input === 'object' && issue.input !== null ? (issue.input as Record<string, unknown>)[discriminator] : undefined;
      return value === undefined ? t('records.problem.missing') : t('records.problem.notOneOf', { value: shown(value), values: options.map(shown).join(', ') });
    }
    case 'too_small':
    case 'too_big':
      return sizeProblem(issue, t);
    case 'invalid_format':
      return issue.format === 'url'
        ? t('records.problem.notUrl', { value: shown(issue.input) })
        : t('records.problem.format', { value: shown(issue.input), hint: formatHint(issue.path.at(-1), t) });
    case 'unrecognized_keys':
      return t('records.problem.unknownField');
    case 'custom':
      return customProblem(issue, t);
    default:
      return t('records.problem.invalid');
  }
}

/**
 * One line naming the field and the problem, e.g. `record.date: impossible date 2025-13 (expected a real date)`:
 * the first issue of a failed parse (parse with `reportInput: true` so the line can quote the value).
 */
export function issueLine(issue: Issue, t: TFunction): string {
  const field = issueField(issue.code === 'unrecognized_keys' ? [...issue.path, issue.keys.join(', ')] : issue.path);
  return `${field === '' ? t('records.problem.wholeFile') : field}: ${issueProblem(issue, t)}`.replace(/\s*\n\s*/g, ' ');
}
