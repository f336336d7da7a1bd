// Builds the socket.io server on an existing http server, with the stores it is given.
import type { Server as HttpServer } from 'node:http';
import { Server } from 'socket.io';
import { cartHandlers } from './cart.handlers';
import { catalogHandlers } from './catalog.handlers';
import { conversationHandlers } from './conversation.handlers';
import { createDispatcher } from './handle';
import { HandshakeError, identify } from './handshake';
import { sendHello } from './hello';
import { inboxHandlers } from './inbox.handlers';
import { linkHandlers } from './link.handlers';
import { messageHandlers } from './message.handlers';
import { orderHandlers } from './order.handlers';
import { pushHandlers } from './push.handlers';
import { reportHandlers } from './report.handlers';
import { settingsHandlers } from './settings.handlers';
import { teamHandlers } from './team.handlers';
import {
  rooms,
  type HandlerContext,
  type RealtimeDeps,
  type RealtimeServer,
  type RealtimeSocket,
} from './types';

/** Every acked event the server answers: one table, built once per server, not once per socket. */
const handlers = [
  ...conversationHandlers,
  ...messageHandlers,
  ...cartHandlers,
  ...orderHandlers,
  ...catalogHandlers,
  ...settingsHandlers,
  ...teamHandlers,
  ...inboxHandlers,
  ...linkHandlers,
  ...reportHandlers,
  ...pushHandlers,
];

/** Large enough for any valid payload; larger frames are dropped by socket.io with the connection. */
export const MAX_FRAME_BYTES = 64 * 1024;

export function createRealtime(httpServer: HttpServer, deps: RealtimeDeps): RealtimeServer {
  const io: RealtimeServer = new Server(httpServer, {
    path: '/socket.io',
    serveClient: false,
    maxHttpBufferSize: MAX_FRAME_BYTES,
    pingInterval: 20_000,
    pingTimeout: 20_000,
  });

  io.use(async (socket, next) => {
    try {
      const auth = (socket.handshake.auth ?? {}) as Record<string, unknown>;
      const { identity, agentSession } = await identify(socket.handshake.headers, auth, deps);
      socket.data.identity = identity;
      if (agentSession) socket.data.agentSession = agentSession;
      next();
    } catch (error) {
      if (error instanceof HandshakeError) return next(error);
      deps.log?.('handshake failed', error);
      next(new HandshakeError('INTERNAL', 'Could not connect; please try again.'));
    }
  });

  // A socket keeps only its identity (socket.data) and the conversations it joined; the handlers
  // and the one listener that dispatches to them are shared, so a connection costs little memory.
  const contexts = new WeakMap<RealtimeSocket, HandlerContext>();
  const dispatch = createDispatcher(handlers, (socket) => contexts.get(socket));

  io.on('connection', (socket) => {
    const identity = socket.data.identity;
    void socket.join(
      identity.role === 'shopper'
        ? rooms.shopper(identity.shopperId)
        : rooms.business(identity.businessId),
    );
    if (socket.data.agentSession) void socket.join(rooms.agentSession(socket.data.agentSession));
    contexts.set(socket, { io, socket, deps, joined: new Set<string>() });
    socket.onAny(dispatch);
    sendHello({ socket });
  });

  return io;
}
