/** A sentence of the cleaned text: its characters and where they sit (`text === cleaned.slice(start, end)`). */
export interface TextSpan {
  text: string;
  start: number;
  end: number;
}

/**
 * Abbreviations after which `Intl.Segmenter` ends a sentence that goes on: city ("TP."), academic titles
 * ("GS.", "PGS.", "TS.", "ThS."), English honorifics. Compared without the dot, case-sensitive.
 */
const ABBREVIATIONS = new Set(['TP', 'Tp', 'GS', 'PGS', 'TS', 'ThS', 'BS', 'KS', 'NXB', 'St', 'Mr', 'Mrs', 'Ms', 'Dr', 'Prof', 'No', 'Nos', 'Vol', 'tr', 'Tr', 'vs', 'Jan', 'Feb', 'Aug', 'Sept', 'Oct', 'Nov', 'Dec', 'U.S', 'U.N']);

/** A segment ending in an initial or a run of initials ("A.", "A.G.", "V.V."), which names go on after. */
const ENDS_WITH_INITIALS = /(?:^|[\s(“"'])(?:\p{Lu}\.)+\s*$/u;
const LAST_WORD = /([\p{L}.]+)\.\s*$/u;

function endsWithAbbreviation(segment: string): boolean {
  if (ENDS_WITH_INITIALS.test(segment)) return true;
  const word = LAST_WORD.exec(segment)?.[1];
  return word !== undefined && ABBREVIATIONS.has(word);
}

/** The segment goes on the previous one: it starts with a lower-case letter or a digit after a cut inside a number. */
function continuesPrevious(segment: string): boolean {
  return /^\p{Ll}/u.test(segment);
}

const segmenters = new Map<string, Intl.Segmenter>();
function sentenceSegmenter(language: string): Intl.Segmenter {
  let segmenter = segmenters.get(language);
  if (!segmenter) {
    segmenter = new Intl.Segmenter(language, { granularity: 'sentence' });
    segmenters.set(language, segmenter);
  }
  return segmenter;
}

/**
 * Splits `text` (one block) into sentences with `Intl.Segmenter`, then merges back what it cut after an
 * abbreviation or an initial ("TP. Hồ Chí Minh", "GS. TS. Nguyễn", "A.G. Lu-ca-sen-cô"). Offsets are
 * relative to `offset` (the block's place in the cleaned text); spans exclude surrounding white space.
 */
export function splitSentences(text: string, language: 'vi' | 'en', offset = 0): TextSpan[] {
  const merged: { start: number; end: number }[] = [];
  let pendingJoin = false;
  for (const { segment, index } of sentenceSegmenter(language).segment(text)) {
    const last = merged.at(-1);
    if (last && (pendingJoin || continuesPrevious(segment))) last.end = index + segment.length;
    else merged.push({ start: index, end: index + segment.length });
    pendingJoin = endsWithAbbreviation(segment);
  }
  const spans: TextSpan[] = [];
  for (const { start, end } of merged) {
    const raw = text.slice(start, end);
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (trimmed === '') continue;
    spans.push({ text: trimmed, start: offset + start + lead, end: offset + start + lead + trimmed.length });
  }
  return spans;
}
