import type { Handlers } from '../contract';
import type { Desk } from '../core/desk';
import { createHandlers } from '../core/handlers';
import type { WarmRoutePrinter } from '../core/briefs/warm-route-printer';
import { createChromiumRoutePrinter } from './chromium-route-printer';
import { findChromium } from './find-chromium';
import { printRouteHandlers } from './print-route-handlers';

/** A printer left without prints this long closes its browser. */
export const PRINTER_IDLE_MS = 120_000;

export interface ChromiumPrinting {
  handlers: Handlers;
  /** The warm printer `printBrief` uses; close it when the host stops. */
  printer: WarmRoutePrinter;
}

/**
 * The handler map of a desk whose `printBrief` prints with one warm Chromium (found and started when
 * a PDF is first asked for), on an in-process browser host serving these same handlers.
 */
export function createChromiumPrintingHandlers(desk: Desk, rendererDir: string, chromium?: string): ChromiumPrinting {
  const printer = createChromiumRoutePrinter({ handlers: () => printRouteHandlers(handlers), rendererDir, chromiumPath: () => findChromium(chromium), idleMs: PRINTER_IDLE_MS });
  const handlers: Handlers = createHandlers(desk, { printer });
  return { handlers, printer };
}
