/** Shorter words are never fuzzy: in Vietnamese one edit of a short syllable makes another word. */
const FUZZY_MIN_LENGTH = 5;
/** Edits allowed per letter: 2 in 'kasymaliev' (10 letters), which then finds 'kasimalyev'. */
const FUZZINESS = 0.2;
/**
 * A folded Vietnamese syllable: initial consonant, one to three vowels, final consonant. Any edit of a
 * syllable ('tuong' → 'truong', 'nghiem' → 'nghiep') makes another real word, so syllables of any length
 * are matched exactly; fuzziness is for the foreign names and English words that do not fit this shape.
 */
const VIETNAMESE_SYLLABLE = /^(?:ngh|ng|gh|gi|kh|nh|ph|th|tr|ch|qu|[bcdghklmnprstvx])?[aeiouy]{1,3}(?:ch|ng|nh|[cmnpt])?$/;

/** MiniSearch's `fuzzy` for a folded query term: the fraction of letters that may differ, or none. */
export function fuzzinessFor(term: string): number | false {
  return term.length >= FUZZY_MIN_LENGTH && !VIETNAMESE_SYLLABLE.test(term) ? FUZZINESS : false;
}
