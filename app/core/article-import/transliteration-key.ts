/**
 * A rough phonetic key shared by a Latin name and its Vietnamese transliteration: "Kazakhstan" and
 * "Ca-dắc-xtan" both give "kadakstan".
 */
export function translitKey(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/gi, 'd')
    .toLowerCase()
    .replace(/[^a-z]/g, '')
    .replace(/kh|ch|c|q/g, 'k')
    .replace(/gi|z|j/g, 'd')
    .replace(/ph/g, 'f')
    .replace(/x|sh/g, 's')
    .replace(/y/g, 'i')
    .replace(/w/g, 'v')
    .replace(/(.)\1/g, '$1');
}

/** Levenshtein distance between two strings. */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length]!;
}

/** The country whose English name's key is within a fifth of the transliteration's length of its key. */
export function transliterationMatch(word: string, keys: readonly { key: string; code: string }[]): string | undefined {
  const key = translitKey(word);
  let best: { code: string; distance: number } | undefined;
  for (const candidate of keys) {
    if (candidate.key[0] !== key[0] || Math.abs(candidate.key.length - key.length) > 2) continue;
    const distance = editDistance(key, candidate.key);
    if (distance <= Math.floor(key.length / 5) && (!best || distance < best.distance)) best = { code: candidate.code, distance };
  }
  return best?.code;
}
