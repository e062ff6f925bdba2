import { countryToken } from './search-tables';

/** A folded query word: matched as a word, as the start of one, or as one of its fuzzy variants. */
export interface QueryTerm {
  folded: string;
  asPrefix: boolean;
  variants: readonly string[];
}

const quoted = (text: string) => `"${text.replaceAll('"', '""')}"`;

function termExpression(term: QueryTerm): string {
  const alternatives = [`${quoted(term.folded)}${term.asPrefix ? '*' : ''}`, ...term.variants.map(quoted)];
  return alternatives.length === 1 ? (alternatives[0] as string) : `(${alternatives.join(' OR ')})`;
}

/** An FTS5 MATCH expression: every term (`AND`) or any (`OR`) in a title or text, within one country if given. */
export function matchExpression(terms: readonly QueryTerm[], combine: 'AND' | 'OR', country?: string): string {
  const words = `{title text} : (${terms.map(termExpression).join(` ${combine} `)})`;
  return country === undefined ? words : `{country} : ${quoted(countryToken(country))} AND ${words}`;
}

/** Whether a folded document word is `term`: the word itself, a word it starts (as a prefix) or a variant. */
export function matchesTerm(word: string, term: QueryTerm): boolean {
  return word === term.folded || (term.asPrefix && word.startsWith(term.folded)) || term.variants.includes(word);
}

/** Whether a folded document word is one of `terms`, for highlighting. */
export function matchesSomeTerm(word: string, terms: readonly QueryTerm[]): boolean {
  return terms.some((term) => matchesTerm(word, term));
}
