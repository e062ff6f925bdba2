/** Returns a deep copy of `value` with every string in Unicode NFC (keys included). */
export function normalizeTextDeep<T>(value: T): T {
  if (typeof value === 'string') return value.normalize('NFC') as T;
  if (Array.isArray(value)) return value.map((item) => normalizeTextDeep(item)) as T;
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [key.normalize('NFC'), normalizeTextDeep(item)]),
    ) as T;
  }
  return value;
}
