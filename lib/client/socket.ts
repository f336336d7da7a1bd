// The browser's one socket.io connection.
import { io, type Socket } from 'socket.io-client';
import type { ClientToServerEvents, ServerToClientEvents } from '../protocol/events';
import { PROTOCOL_VERSION } from '../protocol/version';

export type ClientSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

type Role = 'shopper' | 'agent';

const sockets = new Map<Role, ClientSocket>();

/** The page's connection as a shopper (the chat) or as a signed-in agent (/business). */
export function getSocket(role: Role = 'shopper'): ClientSocket {
  let socket = sockets.get(role);
  if (!socket) {
    socket = io({
      path: '/socket.io',
      auth: { protocolVersion: PROTOCOL_VERSION, role },
      withCredentials: true,
    });
    sockets.set(role, socket);
  }
  return socket;
}
