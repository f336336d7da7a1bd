// Opens the load's sockets: one agent and N shoppers, each a separate websocket connection, as
// separate browsers would be.
import { randomUUID } from 'node:crypto';
import { sign } from 'cookie-signature';
import { io, type Socket } from 'socket.io-client';
import { SHOPPER_COOKIE } from '../../../lib/identity/cookie-names';
import type { Ack, ConversationWithMessages, MessageSendInput } from '../../../lib/protocol';
import { PROTOCOL_VERSION } from '../../../lib/protocol/version';
import type { LoadConfig } from '../ipc';
import { BENCH_SECRET } from '../secret';

/** Server payloads stay unknown here: the load client reads just the client id out of them. */
interface BenchServerEvents {
  'message:created': (payload: unknown) => void;
  'conversation:updated': (payload: unknown) => void;
}

interface BenchClientEvents {
  'conversation:open': (
    payload: { businessSlug: string },
    ack: Ack<ConversationWithMessages>,
  ) => void;
  'message:send': (payload: MessageSendInput, ack: Ack<unknown>) => void;
}

export type BenchSocket = Socket<BenchServerEvents, BenchClientEvents>;

export interface Shopper {
  socket: BenchSocket;
  conversationId: string;
}

/** Handshakes run this many at a time, as a burst of 200 at once would measure the burst. */
const CONNECT_CONCURRENCY = 20;
const CONNECT_TIMEOUT_MS = 10_000;

function open(config: LoadConfig, role: 'shopper' | 'agent', cookie: string): Promise<BenchSocket> {
  const socket: BenchSocket = io(config.url, {
    transports: ['websocket'],
    reconnection: false,
    forceNew: true,
    timeout: CONNECT_TIMEOUT_MS,
    auth: { protocolVersion: PROTOCOL_VERSION, role },
    extraHeaders: { cookie },
  });
  return new Promise((resolve, reject) => {
    socket.once('connect', () => resolve(socket));
    socket.once('connect_error', (error) => {
      socket.close();
      reject(new Error(`${role} could not connect: ${error.message}`));
    });
  });
}

export function connectAgent(config: LoadConfig): Promise<BenchSocket> {
  return open(config, 'agent', config.agentCookie ?? '');
}

async function connectShopper(config: LoadConfig): Promise<Shopper> {
  const shopperId = randomUUID();
  const cookie = `${SHOPPER_COOKIE}=${encodeURIComponent(sign(shopperId, BENCH_SECRET))}`;
  const socket = await open(config, 'shopper', cookie);
  // The relays have no conversations; any id routes, as nothing checks it.
  if (config.flavor === 'relay') return { socket, conversationId: randomUUID() };

  // As the shopper page does on load: open (and on first contact create) the conversation.
  const result = await socket
    .timeout(config.ackTimeoutMs)
    .emitWithAck('conversation:open', { businessSlug: config.businessSlug ?? '' });
  if (!result.ok) throw new Error(`conversation:open failed: ${result.error.message}`);
  return { socket, conversationId: result.data.conversation.id };
}

export async function connectShoppers(config: LoadConfig): Promise<Shopper[]> {
  const shoppers: Shopper[] = [];
  for (let first = 0; first < config.shoppers; first += CONNECT_CONCURRENCY) {
    const batch = Math.min(CONNECT_CONCURRENCY, config.shoppers - first);
    shoppers.push(
      ...(await Promise.all(Array.from({ length: batch }, () => connectShopper(config)))),
    );
  }
  return shoppers;
}
