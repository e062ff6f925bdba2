import { AppError } from '../app-error';

/**
 * The one protocol between a printer (Chromium outside Electron, a hidden window in Electron) and the
 * print route it drives. The print route, once a brief is rendered and its fonts loaded, sets on
 * `<html>`: `data-print-route` (the route it rendered), `data-print-state` (`ready` or `failed`) and,
 * when it failed, `data-print-error`. The printer renders a route by setting the page's hash (one
 * loaded page prints brief after brief) and waits for that route to be ready.
 */
export const PRINT_ROUTE_KEY = 'printRoute';
export const PRINT_STATE_KEY = 'printState';
export const PRINT_ERROR_KEY = 'printError';

/** How long a printer waits for a brief to be rendered. */
export const PRINT_TIMEOUT_MS = 60_000;

/** What the readiness script resolves to. */
export interface PrintReadiness {
  state: 'ready' | 'failed' | 'timeout';
  error?: string;
}

/**
 * A script (a JavaScript expression, for `page.evaluate` and `webContents.executeJavaScript` alike)
 * that shows `route` in the loaded print page and resolves to its `PrintReadiness` once the route
 * says it is ready or failed, or after `timeoutMs`.
 */
export function renderRouteScript(route: string, timeoutMs: number = PRINT_TIMEOUT_MS): string {
  const keys = JSON.stringify({ route: PRINT_ROUTE_KEY, state: PRINT_STATE_KEY, error: PRINT_ERROR_KEY });
  return `new Promise((resolve) => {
  const keys = ${keys};
  const route = ${JSON.stringify(route)};
  const root = document.documentElement;
  const check = () => {
    if (root.dataset[keys.route] !== route || !root.dataset[keys.state]) return false;
    observer.disconnect();
    clearTimeout(timer);
    resolve({ state: root.dataset[keys.state], error: root.dataset[keys.error] });
    return true;
  };
  const observer = new MutationObserver(check);
  const timer = setTimeout(() => { observer.disconnect(); resolve({ state: 'timeout' }); }, ${timeoutMs});
  observer.observe(root, { attributes: true });
  if (!check() && location.hash !== route) location.hash = route;
})`;
}

/** Throws `pdf-failed` unless the route said it is ready. */
export function expectPrintReady(readiness: unknown): void {
  const { state, error } = (readiness ?? {}) as Partial<PrintReadiness>;
  if (state === 'ready') return;
  if (state === 'failed') throw new AppError('pdf-failed', { detail: error ?? 'the brief could not be shown' });
  throw new AppError('pdf-failed', { detail: 'the brief did not finish loading' });
}
