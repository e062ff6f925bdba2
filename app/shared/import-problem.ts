import type { z } from 'zod';

/** What is wrong with an imported file, as a word the UI translates (locales/<lang>/problems.json). */
export type ImportProblem = 'not-json' | 'missing' | 'wrong-type' | 'wrong-value' | 'too-long' | 'too-short' | 'wrong-format' | 'unknown-field' | 'invalid';

/** A zod issue as an import problem and the field it is about, so the message can be said in the officer's language. */
export function importProblemOf(issue: z.core.$ZodIssue | undefined): { problem: ImportProblem; field: string } {
  const field = issue?.path.join('.') ?? '';
  switch (issue?.code) {
    case 'invalid_type':
      return { problem: /received undefined/.test(issue.message) ? 'missing' : 'wrong-type', field };
    case 'invalid_value':
      return { problem: 'wrong-value', field };
    case 'too_big':
      return { problem: 'too-long', field };
    case 'too_small':
      return { problem: 'too-short', field };
    case 'invalid_format':
      return { problem: 'wrong-format', field };
    case 'unrecognized_keys':
      return { problem: 'unknown-field', field: [...issue.path, ...issue.keys].join('.') };
    default:
      return { problem: 'invalid', field };
  }
}
