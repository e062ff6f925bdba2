/**
 * Reads a typed number the way either language writes it: "65 000 000", "65.000.000" and "65,000,000" are
 * 65000000, "13,5" and "13.5" are 13.5. Empty is undefined; text that is no number is returned as typed, for
 * the record's check to name.
 */
export function readTypedNumber(text: string): number | string | undefined {
  const compact = text
    .trim()
    .replace(/[\s.,](?=\d{3}(?:\D|$))/g, '')
    .replace(',', '.');
  if (compact === '') return undefined;
  const value = Number(compact);
  return Number.isFinite(value) ? value : text;
}
