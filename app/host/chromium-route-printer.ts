import type { Handlers } from '../contract';
import { AppError } from '../shared/app-error';
import type { PrintSurface } from '../core/briefs/route-printer';
import { createWarmRoutePrinter, type WarmRoutePrinter, type WarmRoutePrinterOptions } from '../core/briefs/warm-route-printer';
import { startBrowserHost } from './browser-host';
import { CHROMIUM_ARGS } from './find-chromium';

export interface ChromiumRoutePrinterOptions extends WarmRoutePrinterOptions {
  /** The handlers the print route's requests reach (read-only ones are enough), asked for when the printer starts. */
  handlers: () => Handlers;
  /** The built renderer. */
  rendererDir: string;
  /** Where Chromium is; asked for when the first print starts it. */
  chromiumPath: () => string;
}

/** Starts a browser host (in-process, on a free port) and a headless Chromium with one page on the print route. */
async function openChromiumSurface(options: ChromiumRoutePrinterOptions, route: string): Promise<PrintSurface> {
  const executablePath = options.chromiumPath();
  const { chromium } = await import('playwright-core');
  const host = await startBrowserHost({ handlers: options.handlers(), rendererDir: options.rendererDir, port: 0 });
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS }).catch(async (error: unknown) => {
    await host.close();
    throw new AppError('pdf-failed', { detail: `Chromium did not start: ${(error as Error).message.split('\n')[0] ?? ''}` });
  });
  const page = await browser.newPage();
  await page.goto(`${host.url}${route}`);
  return {
    evaluate: (script) => page.evaluate(script),
    pdf: () => page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: true, tagged: true, outline: true }),
    async close() {
      await browser.close();
      await host.close();
    },
  };
}

/**
 * A warm printer on a headless Chromium (playwright-core), no display needed: the browser and its
 * print page start with the first print and stay until `close()` or `idleMs` without prints.
 */
export function createChromiumRoutePrinter(options: ChromiumRoutePrinterOptions): WarmRoutePrinter {
  return createWarmRoutePrinter((route) => openChromiumSurface(options, route), options);
}
