// Real socket.io clients for tests, as a shopper (signed anonymous cookie) or a signed-in agent.
import { randomUUID } from 'node:crypto';
import { sign } from 'cookie-signature';
import { io, type Socket } from 'socket.io-client';
import { signInAgent } from '@/lib/identity/agent-auth';
import { AGENT_COOKIE, SHOPPER_COOKIE } from '@/lib/identity/cookie-names';
import type { Result } from '@/lib/protocol/errors';
import type { AckData, ClientToServerEvents, ServerToClientEvents } from '@/lib/protocol/events';
import { PROTOCOL_VERSION } from '@/lib/protocol/version';
import type { Store } from '@/lib/store/connect';
import { TEST_SECRET } from './realtime';

export type TestSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

interface ConnectOptions {
  cookie?: string;
  origin?: string;
  auth?: Record<string, unknown>;
}

export function shopperCookie(shopperId: string = randomUUID(), secret = TEST_SECRET): string {
  return `${SHOPPER_COOKIE}=${encodeURIComponent(sign(shopperId, secret))}`;
}

export async function agentCookie(
  store: Store,
  email: string,
  password: string,
  secret = TEST_SECRET,
): Promise<string> {
  const { token } = await signInAgent(store.db, email, password);
  return `${AGENT_COOKIE}=${encodeURIComponent(sign(token, secret))}`;
}

/** Opens a connection and waits for the handshake; rejects with the server's refusal. */
export function connect(
  url: string,
  options: ConnectOptions & { role?: 'shopper' | 'agent' } = {},
): Promise<TestSocket> {
  const socket: TestSocket = io(url, {
    transports: ['websocket'],
    reconnection: false,
    forceNew: true,
    auth: { protocolVersion: PROTOCOL_VERSION, role: options.role ?? 'shopper', ...options.auth },
    extraHeaders: {
      ...(options.cookie && { cookie: options.cookie }),
      ...(options.origin && { origin: options.origin }),
    },
  });
  return new Promise((resolve, reject) => {
    socket.once('connect', () => resolve(socket));
    socket.once('connect_error', (error) => {
      socket.close();
      reject(error);
    });
  });
}

/** Emits an acked event and resolves with the raw result. */
export function call<E extends keyof ClientToServerEvents>(
  socket: TestSocket,
  event: E,
  ...payload: unknown[]
): Promise<Result<AckData<E>>> {
  const raw = socket.timeout(5_000) as unknown as {
    emit(event: string, ...args: unknown[]): void;
  };
  return new Promise((resolve, reject) => {
    raw.emit(event, ...payload, (error: Error | null, result: Result<AckData<E>>) =>
      error ? reject(error) : resolve(result),
    );
  });
}

/** Like call, but fails the test unless the ack is ok; returns its data. */
export async function request<E extends keyof ClientToServerEvents>(
  socket: TestSocket,
  event: E,
  payload: unknown,
): Promise<AckData<E>> {
  const result = await call(socket, event, payload);
  if (!result.ok) throw new Error(`${event} failed: ${JSON.stringify(result.error)}`);
  return result.data;
}

/** Resolves with the next payload of a server event, or rejects after `ms`. */
export function nextEvent<E extends keyof ServerToClientEvents>(
  socket: TestSocket,
  event: E,
  ms = 5_000,
): Promise<Parameters<ServerToClientEvents[E]>[0]> {
  const raw = socket as unknown as {
    once(event: string, listener: (payload: unknown) => void): void;
    off(event: string, listener: (payload: unknown) => void): void;
  };
  return new Promise((resolve, reject) => {
    const listener = (payload: unknown) => {
      clearTimeout(timer);
      resolve(payload as Parameters<ServerToClientEvents[E]>[0]);
    };
    const timer = setTimeout(() => {
      raw.off(event, listener);
      reject(new Error(`no ${event} within ${ms} ms`));
    }, ms);
    raw.once(event, listener);
  });
}
