/**
 * A page of the renderer loaded to print briefs: Chromium through playwright-core outside Electron
 * (app/host), a hidden window in Electron (app/electron). Both print the same page the same way.
 */
export interface PrintSurface {
  /** Evaluates a JavaScript expression in the page; a promise it gives is awaited. */
  evaluate(script: string): Promise<unknown>;
  /** Prints the page as it is now: A4, tagged, with an outline of its headings. */
  pdf(): Promise<Uint8Array>;
  close(): Promise<void>;
}

/** Opens a print surface on the renderer at `route` (a hash such as `#/print?spec=…`). */
export type OpenPrintSurface = (route: string) => Promise<PrintSurface>;

/** Prints routes of the renderer to PDF. */
export interface RoutePrinter {
  /** Shows `route` (waiting for its data and fonts) and prints it. */
  print(route: string): Promise<Uint8Array>;
  close(): Promise<void>;
}
