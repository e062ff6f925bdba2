import type { Handlers } from '../contract';
import type { Desk } from '../core/desk';
import { createHandlers } from '../core/handlers';
import { openChromiumRoutePrinter } from './chromium-route-printer';
import { findChromium } from './find-chromium';

/**
 * The handler map of a desk whose `printBrief` prints with Chromium (found when a PDF is asked for),
 * on an in-process browser host serving these same handlers.
 */
export function createChromiumPrintingHandlers(desk: Desk, rendererDir: string, chromium?: string): Handlers {
  const handlers: Handlers = createHandlers(desk, {
    openRoutePrinter: () => openChromiumRoutePrinter({ handlers, rendererDir, chromiumPath: findChromium(chromium) }),
  });
  return handlers;
}
