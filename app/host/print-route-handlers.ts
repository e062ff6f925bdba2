import { requestNames, type Handlers, type RequestName } from '../contract';
import { AppError } from '../shared/app-error';

/** What the print route asks for: the language (main.tsx) and the brief (PrintScreen). Nothing writes. */
export const PRINT_ROUTE_REQUESTS: readonly RequestName[] = ['getSettings', 'getBrief'];

/**
 * The handlers the print host serves: only what printing reads. Any other request (a note's save,
 * a settings change, an import) is answered as unknown, so the print host is no second write API.
 */
export function printRouteHandlers(handlers: Handlers): Handlers {
  const refuse = (name: RequestName) => () => Promise.reject(new AppError('unknown-request', { name }));
  return Object.fromEntries(requestNames.map((name) => [name, PRINT_ROUTE_REQUESTS.includes(name) ? handlers[name] : refuse(name)])) as Handlers;
}
