// Registers an acked event: parse the payload, run the service, answer one result shape.
import type { z } from 'zod';
import { AppError, ok, toErrorBody, type Result } from '../protocol/errors';
import type { AckData, ClientToServerEvents } from '../protocol/events';
import type { HandlerContext } from './types';

type EventName = keyof ClientToServerEvents;
/** The socket seen untyped: listeners take raw arguments, since nothing a client sends is trusted. */
type RawSocket = { on(event: string, listener: (...args: unknown[]) => void): void };

export function handle<E extends EventName, S extends z.ZodType>(
  context: HandlerContext,
  event: E,
  schema: S,
  run: (input: z.output<S>) => Promise<AckData<E>>,
): void {
  const listener = async (...args: unknown[]) => {
    const last = args.at(-1);
    const ack =
      typeof last === 'function' ? (last as (result: Result<AckData<E>>) => void) : undefined;
    const payloads = ack ? args.slice(0, -1) : args;
    const parsed = payloads.length === 1 ? schema.safeParse(payloads[0]) : undefined;
    if (!parsed?.success) {
      const issues = parsed?.error.issues.map((issue) => ({
        path: issue.path.join('.'),
        message: issue.message,
      })) ?? [{ path: '', message: 'Send exactly one payload object.' }];
      ack?.({
        ok: false,
        error: { code: 'INVALID_PAYLOAD', message: `Invalid ${event} payload.`, issues },
      });
      return;
    }
    try {
      const data = await run(parsed.data);
      ack?.(ok(data));
    } catch (error) {
      if (!(error instanceof AppError)) context.deps.log?.(`${event} failed`, error);
      ack?.({ ok: false, error: toErrorBody(error) });
    }
  };
  (context.socket as unknown as RawSocket).on(event, (...args) => void listener(...args));
}
