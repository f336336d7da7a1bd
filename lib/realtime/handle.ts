// Acked events: each is defined once per server (event, schema, run), and one listener shared by
// every socket parses the payload, runs the definition and answers one result shape.
import type { z } from 'zod';
import { AppError, ok, toErrorBody, type Result } from '../protocol/errors';
import type { AckData, ClientToServerEvents } from '../protocol/events';
import type { HandlerContext, RealtimeSocket } from './types';

type EventName = keyof ClientToServerEvents;

/** One acked event, with its types erased so that every event's definition fits one table. */
export interface HandlerDefinition {
  event: EventName;
  schema: z.ZodType;
  run: (context: HandlerContext, input: unknown) => Promise<unknown>;
}

export function defineHandler<E extends EventName, S extends z.ZodType>(
  event: E,
  schema: S,
  run: (context: HandlerContext, input: z.output<S>) => Promise<AckData<E>>,
): HandlerDefinition {
  // The dispatcher passes `run` only what `schema` parsed, so the input has the schema's type.
  return { event, schema, run: (context, input) => run(context, input as z.output<S>) };
}

/**
 * Builds the one listener every socket gets through `socket.onAny`. socket.io calls it with `this`
 * bound to the socket and the client's ack callback, if any, as the last argument. Events without
 * a definition are ignored, as socket.io ignores events nobody listens to.
 */
export function createDispatcher(
  definitions: readonly HandlerDefinition[],
  contextOf: (socket: RealtimeSocket) => HandlerContext | undefined,
): (this: RealtimeSocket, event: string, ...args: unknown[]) => void {
  const byEvent = new Map<string, HandlerDefinition>(
    definitions.map((definition) => [definition.event, definition]),
  );
  if (byEvent.size !== definitions.length) throw new Error('An event is defined twice.');

  return function dispatch(this: RealtimeSocket, event: string, ...args: unknown[]): void {
    const definition = byEvent.get(event);
    const context = contextOf(this);
    if (definition && context) void runHandler(context, definition, args);
  };
}

async function runHandler(
  context: HandlerContext,
  { event, schema, run }: HandlerDefinition,
  args: unknown[],
): Promise<void> {
  const last = args.at(-1);
  const ack = typeof last === 'function' ? (last as (result: Result<unknown>) => void) : undefined;
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
    const data = await run(context, parsed.data);
    ack?.(ok(data));
  } catch (error) {
    if (!(error instanceof AppError)) context.deps.log?.(`${event} failed`, error);
    ack?.({ ok: false, error: toErrorBody(error) });
  }
}
