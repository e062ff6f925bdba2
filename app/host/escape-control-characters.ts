/** C0 and C1 control characters (ESC, BEL, CR, NUL…): a terminal would act on them. */
function isControlCharacter(code: number): boolean {
  return code < 0x20 || (code >= 0x7f && code <= 0x9f);
}

/**
 * Text from a file (a parse error quoting a hostile file) made safe to print on a terminal: each
 * control character becomes its `\u001b` escape, so nothing recolours, moves or clears the screen.
 */
export function escapeControlCharacters(text: string): string {
  return Array.from(text, (char) => {
    const code = char.codePointAt(0) ?? 0;
    return isControlCharacter(code) ? `\\u${code.toString(16).padStart(4, '0')}` : char;
  }).join('');
}
