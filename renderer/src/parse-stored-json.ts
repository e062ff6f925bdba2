import type { z } from 'zod';

/**
 * A value this page kept in the browser's storage, read back like any file from outside: through its schema.
 * What does not parse (nothing stored, an old or hand-edited value, not JSON at all) is undefined.
 */
export function parseStoredJson<Schema extends z.ZodType>(schema: Schema, stored: string | null): z.output<Schema> | undefined {
  if (stored === null) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(stored);
  } catch {
    // Not JSON: an edited or truncated value, which is no value (see the docstring).
    return undefined;
  }
  const parsed = schema.safeParse(value);
  return parsed.success ? parsed.data : undefined;
}
