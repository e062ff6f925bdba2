import type { Handlers, RequestInput, RequestName, RequestOutput } from '../../contract';
import { AppError } from '../../shared/app-error';
import { dispatchRequest } from '../../core/dispatch-request';

/**
 * Sends one request the way the transports do: checked against the contract, handled, and the reply
 * encoded as JSON (the browser host's wire format). A failed request throws, so an error is never
 * timed as if it were an answer.
 */
export async function requestOverTransport<K extends RequestName>(
  handlers: Handlers,
  name: K,
  input: RequestInput<K>,
): Promise<{ value: RequestOutput<K>; replyBytes: number }> {
  const reply = await dispatchRequest(handlers, name, input);
  const encoded = JSON.stringify(reply);
  if (!reply.ok) throw new AppError(reply.error.code, reply.error.params);
  return { value: reply.value as RequestOutput<K>, replyBytes: encoded.length };
}
