import { isRequestName, contract, type Handlers, type Reply } from '../contract';
import { AppError, serializeError } from '../shared/app-error';

/**
 * Validates a request arriving over a transport (IPC or HTTP) against the contract and runs its
 * handler. Never throws: the reply carries either the value or a serialized error.
 */
export async function dispatchRequest(handlers: Handlers, name: string, rawInput: unknown): Promise<Reply<unknown>> {
  try {
    if (!isRequestName(name)) throw new AppError('unknown-request', { name });
    const parsed = contract[name].input.safeParse(rawInput ?? {});
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new AppError('invalid-input', {
        request: name,
        detail: issue ? `${issue.path.join('.') || '(input)'}: ${issue.message}` : 'invalid',
      });
    }
    const handler = handlers[name] as (input: unknown) => Promise<unknown>;
    return { ok: true, value: await handler(parsed.data) };
  } catch (error) {
    if (!(error instanceof AppError)) console.error(error);
    return { ok: false, error: serializeError(error) };
  }
}
