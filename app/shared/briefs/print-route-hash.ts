/** The start of the renderer's print route (a brief as it prints): `#/print?spec=…`. No schema here: the start screen asks it. */
export const PRINT_ROUTE_PREFIX = '#/print?';

/** Whether a location hash is the print route. */
export function isPrintRoute(hash: string): boolean {
  return hash.startsWith(PRINT_ROUTE_PREFIX);
}
