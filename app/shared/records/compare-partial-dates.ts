/** Compares partial dates so that `1992` sorts before `1992-09` before `1992-09-23`, undated last. */
export function comparePartialDates(a: string | undefined, b: string | undefined): number {
  if (a === b) return 0;
  if (a === undefined) return 1;
  if (b === undefined) return -1;
  return a < b ? -1 : 1;
}
