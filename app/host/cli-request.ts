import type { Handlers, RequestInput, RequestName, RequestOutput } from '../contract';
import { dispatchRequest } from '../core/dispatch-request';
import { AppError } from '../shared/app-error';

/**
 * Runs a request of the contract for a CLI command on the path IPC and HTTP take (`dispatchRequest`):
 * the same schema checks the input, and a refusal is thrown as the `AppError` the command prints.
 */
export async function runCliRequest<K extends RequestName>(handlers: Handlers, name: K, input: RequestInput<K>): Promise<RequestOutput<K>> {
  const reply = await dispatchRequest(handlers, name, input);
  if (!reply.ok) throw new AppError(reply.error.code, reply.error.params);
  return reply.value as RequestOutput<K>;
}
