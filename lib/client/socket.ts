// The browser's one socket.io connection.
import { io, type Socket } from 'socket.io-client';
import type { ClientToServerEvents, ServerToClientEvents } from '../protocol/events';
import { PROTOCOL_VERSION } from '../protocol/version';

export type ClientSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

let socket: ClientSocket | undefined;

export function getSocket(): ClientSocket {
  socket ??= io({
    path: '/socket.io',
    auth: { protocolVersion: PROTOCOL_VERSION, role: 'shopper' },
    withCredentials: true,
  });
  return socket;
}
