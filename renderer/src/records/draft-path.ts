/** A place in a record request (`record.principal.name.vi`, `articles.0.title`): the zod issue path, as the form's field id. */
export type DraftPath = readonly (string | number)[];

export function pathKey(path: DraftPath): string {
  return path.join('.');
}

/** The value at `path`, or undefined where the path leads nowhere. */
export function readAt(root: unknown, path: DraftPath): unknown {
  let value = root;
  for (const step of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string | number, unknown>)[step];
  }
  return value;
}

/** A copy of `root` with `value` at `path` (undefined removes the key; an array index keeps its place). */
export function writeAt<T>(root: T, path: DraftPath, value: unknown): T {
  const [step, ...rest] = path;
  if (step === undefined) return value as T;
  const current = (root ?? (typeof step === 'number' ? [] : {})) as Record<string | number, unknown>;
  const copy = (Array.isArray(current) ? [...current] : { ...current }) as Record<string | number, unknown>;
  const next = writeAt(current[step], rest, value);
  if (next === undefined && !Array.isArray(copy)) delete copy[step];
  else copy[step] = next;
  return copy as T;
}
