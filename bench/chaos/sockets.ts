// Reconnecting socket.io clients for the chaos run, and the ways it treats them roughly.
import { io, type Socket } from 'socket.io-client';
import type { Result } from '../../lib/protocol/errors';
import type {
  AckData,
  ClientToServerEvents,
  ServerToClientEvents,
} from '../../lib/protocol/events';
import { PROTOCOL_VERSION } from '../../lib/protocol/version';

export type ChaosSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

/** Like the app's own client: reconnects by itself, quickly, for as long as it takes. */
export function openSocket(url: string, role: 'shopper' | 'agent', cookie: string): ChaosSocket {
  return io(url, {
    transports: ['websocket'],
    forceNew: true,
    reconnectionDelay: 100,
    reconnectionDelayMax: 1_000,
    auth: { protocolVersion: PROTOCOL_VERSION, role },
    extraHeaders: { cookie },
  });
}

/** The ack did not come: the server may or may not have acted on the event. */
export class LostAck extends Error {}

export function waitConnected(socket: ChaosSocket): Promise<void> {
  if (socket.connected) return Promise.resolve();
  return new Promise((resolve) => socket.once('connect', () => resolve()));
}

/**
 * Emits an acked event on the current connection. Rejects when the ack does not come in time or the
 * connection drops first: either way the caller cannot know whether the server acted on it.
 */
export function ask<E extends keyof ClientToServerEvents>(
  socket: ChaosSocket,
  event: E,
  payload: unknown,
  timeoutMs: number,
): Promise<Result<AckData<E>>> {
  const raw = socket as unknown as { emit(event: string, ...args: unknown[]): void };
  return new Promise((resolve, reject) => {
    if (!socket.connected) return reject(new LostAck('disconnected'));
    const onDisconnect = () => {
      clearTimeout(timer);
      reject(new LostAck('disconnected'));
    };
    const timer = setTimeout(() => {
      socket.off('disconnect', onDisconnect);
      reject(new LostAck('ack timeout'));
    }, timeoutMs);
    socket.once('disconnect', onDisconnect);
    raw.emit(event, payload, (result: Result<AckData<E>>) => {
      clearTimeout(timer);
      socket.off('disconnect', onDisconnect);
      resolve(result);
    });
  });
}

export function randomBetween([min, max]: readonly [number, number]): number {
  return min + Math.random() * (max - min);
}

/**
 * Drops the connection every `everyMs` (a random pause in that range), half the time as a network
 * failure (the transport closes under the client, which reconnects by itself) and half as the
 * client's own disconnect and connect. Returns the function that stops it.
 */
export function dropAtRandom(
  socket: ChaosSocket,
  everyMs: readonly [number, number],
  onDrop: () => void,
): () => void {
  let timer: NodeJS.Timeout | undefined;
  const schedule = () => {
    timer = setTimeout(() => {
      if (socket.connected) {
        onDrop();
        if (Math.random() < 0.5) socket.io.engine.close();
        else socket.disconnect().connect();
      }
      schedule();
    }, randomBetween(everyMs));
  };
  schedule();
  return () => clearTimeout(timer);
}
