const COMBINING_DIACRITICS = /[\u0300-\u036f]/g;

/**
 * Folds text for matching: decomposes it (NFD), lower-cases it, strips the combining diacritics
 * U+0300–U+036F (Vietnamese tones and vowel marks) and turns đ into d. NFC and NFD input fold alike:
 * 'Đầu tư' → 'dau tu'. Lower-casing before stripping also drops the dot that 'İ' gains when lowered.
 */
export function foldVietnamese(text: string): string {
  return text.normalize('NFD').toLowerCase().replace(COMBINING_DIACRITICS, '').replaceAll('đ', 'd');
}

/**
 * `foldVietnamese` remembering each word it has folded. Indexing folds millions of words drawn from a few
 * thousand distinct ones, so a lookup beats normalizing every time.
 */
export function createWordFolder(): (word: string) => string {
  const folded = new Map<string, string>();
  return (word) => {
    let result = folded.get(word);
    if (result === undefined) {
      result = foldVietnamese(word);
      folded.set(word, result);
    }
    return result;
  };
}
