import { expectPrintReady, renderRouteScript } from '../../shared/briefs/print-readiness';
import type { OpenPrintSurface, PrintSurface, RoutePrinter } from './route-printer';

export interface WarmRoutePrinterOptions {
  /** Closes the surface (the browser) after this long without a print; never when absent. */
  idleMs?: number;
  /** Told each time the surface closes: after `idleMs` without a print, or by `close()`. */
  onClose?: (reason: 'idle' | 'closed') => void;
}

export interface WarmRoutePrinter extends RoutePrinter {
  /** How many times a surface was opened (a browser started): 1 for any number of prints while warm. */
  readonly opens: number;
  readonly running: boolean;
  /** Prints the page as the last `print` left it, without rendering again: the floor a brief's print is measured against. */
  printShown(): Promise<Uint8Array>;
}

/**
 * A printer that keeps one loaded print page between prints: the first print opens it, each print
 * renders its brief in that page (a new hash, no reload of the app) and prints it, and the page (with
 * its browser) closes after a while without prints. Prints run one at a time.
 */
export function createWarmRoutePrinter(openSurface: OpenPrintSurface, options: WarmRoutePrinterOptions = {}): WarmRoutePrinter {
  let surface: Promise<PrintSurface> | undefined;
  let queue: Promise<unknown> = Promise.resolve();
  let idleTimer: ReturnType<typeof setTimeout> | undefined;
  let opens = 0;
  let renders = 0;

  const shut = async (reason: 'idle' | 'closed') => {
    const current = surface;
    surface = undefined;
    if (!current) return;
    await current.then((open) => open.close(), () => undefined);
    options.onClose?.(reason);
  };
  const armIdleTimer = () => {
    if (options.idleMs === undefined) return;
    idleTimer = setTimeout(() => void (queue = queue.then(() => shut('idle'))), options.idleMs);
    idleTimer.unref?.();
  };
  const oneAtATime = <T>(job: () => Promise<T>): Promise<T> => {
    clearTimeout(idleTimer);
    const result = queue.then(job);
    queue = result.then(armIdleTimer, armIdleTimer);
    return result;
  };
  const surfaceFor = (route: string): Promise<PrintSurface> => {
    if (!surface) {
      opens += 1;
      surface = openSurface(route);
      surface.catch(() => (surface = undefined));
    }
    return surface;
  };

  return {
    get opens() {
      return opens;
    },
    get running() {
      return surface !== undefined;
    },
    print(route) {
      return oneAtATime(async () => {
        renders += 1;
        const shown = `${route}&render=${renders}`;
        const page = await surfaceFor(shown);
        expectPrintReady(await page.evaluate(renderRouteScript(shown)));
        return page.pdf();
      });
    },
    printShown() {
      return oneAtATime(async () => {
        if (!surface) throw new Error('nothing is shown: print a brief first');
        return (await surface).pdf();
      });
    },
    close() {
      clearTimeout(idleTimer);
      const closing = queue.then(() => shut('closed'));
      queue = closing;
      return closing;
    },
  };
}
