/**
 * Prints a route of the renderer to a PDF: Chromium through playwright-core outside Electron
 * (app/host), a hidden window's `printToPDF` in Electron (app/electron). Both print the same page.
 */
export interface RoutePrinter {
  /** Opens the renderer at `route` (a hash such as `#/print?spec=…`), waits for it and its fonts, prints A4. */
  print(route: string): Promise<Uint8Array>;
  close(): Promise<void>;
}

/** Starts a printer when a PDF is wanted (a browser is started only then). */
export type OpenRoutePrinter = () => Promise<RoutePrinter>;
