/** A font face as far as choosing it goes: its CSS `unicode-range` (e.g. `U+0000-00FF, U+0131`). */
export interface RangedFace {
  unicodeRange: string;
}

function parseUnicodeRange(range: string): [number, number][] {
  return range
    .split(',')
    .map((part) => part.trim().replace(/^U\+/i, ''))
    .filter(Boolean)
    .map((part) => {
      const [from = '0', to] = part.split('-');
      if (from.includes('?')) return [parseInt(from.replace(/\?/g, '0'), 16), parseInt(from.replace(/\?/g, 'F'), 16)];
      return [parseInt(from, 16), parseInt(to ?? from, 16)];
    });
}

/**
 * The faces (subset files of one font) that hold at least one character of `text`: a brief loads
 * only the files it prints with, not all the subsets of the font (Cyrillic, Greek, Devanagari…).
 */
export function facesForText<F extends RangedFace>(faces: readonly F[], text: string): F[] {
  const codePoints = [...new Set(Array.from(text.normalize('NFC'), (char) => char.codePointAt(0) ?? 0))];
  return faces.filter((face) => {
    const ranges = parseUnicodeRange(face.unicodeRange);
    return codePoints.some((point) => ranges.some(([from, to]) => point >= from && point <= to));
  });
}
