import type { Handlers } from '../contract';
import { AppError } from '../shared/app-error';
import { PRINT_ERROR_KEY, PRINT_STATE_KEY } from '../shared/briefs/print-state';
import type { RoutePrinter } from '../core/briefs/route-printer';
import { startBrowserHost } from './browser-host';
import { CHROMIUM_ARGS } from './find-chromium';

export interface ChromiumRoutePrinterOptions {
  /** The handlers the print route's requests reach (read-only ones are enough). */
  handlers: Handlers;
  /** The built renderer. */
  rendererDir: string;
  chromiumPath: string;
}

const PRINT_TIMEOUT_MS = 60_000;

/**
 * Prints routes of the renderer with a headless Chromium (playwright-core), served by a browser
 * host started in-process on a free port with the given handlers. No display is needed.
 */
export async function openChromiumRoutePrinter(options: ChromiumRoutePrinterOptions): Promise<RoutePrinter> {
  const { chromium } = await import('playwright-core');
  const host = await startBrowserHost({ handlers: options.handlers, rendererDir: options.rendererDir, port: 0 });
  const browser = await chromium.launch({ executablePath: options.chromiumPath, args: CHROMIUM_ARGS }).catch(async (error: unknown) => {
    await host.close();
    throw new AppError('pdf-failed', { detail: `Chromium did not start: ${(error as Error).message.split('\n')[0] ?? ''}` });
  });
  return {
    async print(route) {
      const page = await browser.newPage();
      try {
        await page.goto(`${host.url}${route}`);
        await page.waitForFunction((key) => document.documentElement.dataset[key] !== undefined, PRINT_STATE_KEY, { timeout: PRINT_TIMEOUT_MS });
        const [state, problem] = await page.evaluate(
          ([stateKey, errorKey]) => [document.documentElement.dataset[stateKey], document.documentElement.dataset[errorKey]],
          [PRINT_STATE_KEY, PRINT_ERROR_KEY] as const,
        );
        if (state !== 'ready') throw new AppError('pdf-failed', { detail: problem ?? 'the brief could not be shown' });
        await page.evaluate(() => document.fonts.ready.then(() => undefined));
        return await page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: true });
      } finally {
        await page.close();
      }
    },
    async close() {
      await browser.close();
      await host.close();
    },
  };
}
