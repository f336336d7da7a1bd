// Expectations about what a socket receives: a refused ack, silence, or one matching broadcast.
import type { ErrorBody, Result } from '@/lib/protocol/errors';
import type { ServerToClientEvents } from '@/lib/protocol/events';
import type { TestSocket } from './clients';

/** The error of a refused ack; fails the test if the ack was ok. */
export function refusal<T>(result: Result<T>): ErrorBody {
  if (result.ok) throw new Error(`expected a refusal, got ${JSON.stringify(result.data)}`);
  return result.error;
}

/** Resolves if `socket` receives none of `events` for `ms`; rejects on the first. Listen first. */
export function expectNothing(
  socket: TestSocket,
  events: Array<keyof ServerToClientEvents>,
  ms = 300,
): Promise<void> {
  const raw = socket as unknown as {
    on(event: string, listener: (payload: unknown) => void): void;
    off(event: string, listener: (payload: unknown) => void): void;
  };
  return new Promise((resolve, reject) => {
    const listeners = events.map((event) => {
      const listener = (payload: unknown) => {
        stop();
        reject(new Error(`unexpected ${event}: ${JSON.stringify(payload)}`));
      };
      raw.on(event, listener);
      return { event, listener };
    });
    const timer = setTimeout(() => {
      stop();
      resolve();
    }, ms);
    function stop() {
      clearTimeout(timer);
      for (const { event, listener } of listeners) raw.off(event, listener);
    }
  });
}

/** Resolves with the first payload of `event` that satisfies `accept`, or rejects after `ms`. */
export function eventWhere<E extends keyof ServerToClientEvents>(
  socket: TestSocket,
  event: E,
  accept: (payload: Parameters<ServerToClientEvents[E]>[0]) => boolean,
  ms = 5_000,
): Promise<Parameters<ServerToClientEvents[E]>[0]> {
  const raw = socket as unknown as {
    on(event: string, listener: (payload: unknown) => void): void;
    off(event: string, listener: (payload: unknown) => void): void;
  };
  return new Promise((resolve, reject) => {
    const listener = (payload: unknown) => {
      const typed = payload as Parameters<ServerToClientEvents[E]>[0];
      if (!accept(typed)) return;
      clearTimeout(timer);
      raw.off(event, listener);
      resolve(typed);
    };
    const timer = setTimeout(() => {
      raw.off(event, listener);
      reject(new Error(`no matching ${event} within ${ms} ms`));
    }, ms);
    raw.on(event, listener);
  });
}
