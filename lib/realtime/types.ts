import type { Server, Socket } from 'socket.io';
import type { Kysely } from 'kysely';
import type {
  ClientToServerEvents,
  InterServerEvents,
  ServerToClientEvents,
  SocketData,
} from '../protocol/events';
import type { PushService } from '../push/push.service';
import type { Database } from '../store/schema';

export type RealtimeServer = Server<
  ClientToServerEvents,
  ServerToClientEvents,
  InterServerEvents,
  SocketData
>;
export type RealtimeSocket = Socket<
  ClientToServerEvents,
  ServerToClientEvents,
  InterServerEvents,
  SocketData
>;

export interface RealtimeDeps {
  db: Kysely<Database>;
  secret: string;
  /** Origins allowed besides the one the request was addressed to. */
  allowedOrigins: string[];
  log?: (message: string, error?: unknown) => void;
  /** Web push to shoppers; without it push events answer NOT_FOUND and nothing is sent. */
  push?: PushService;
}

/** What every handler module receives for one connected socket. */
export interface HandlerContext {
  io: RealtimeServer;
  socket: RealtimeSocket;
  deps: RealtimeDeps;
  /** Conversations this socket opened or joined, and so may send typing updates to. */
  joined: Set<string>;
}

export const rooms = {
  conversation: (id: string) => `conversation:${id}`,
  business: (id: string) => `business:${id}`,
  shopper: (id: string) => `shopper:${id}`,
  /** Shopper sockets that opened a chat with the business: they hear of catalog changes. */
  catalog: (businessId: string) => `catalog:${businessId}`,
  agentSession: (hash: string) => `agent-session:${hash}`,
};
