// Builds the socket.io server on an existing http server, with the stores it is given.
import type { Server as HttpServer } from 'node:http';
import { Server } from 'socket.io';
import { registerCartHandlers } from './cart.handlers';
import { registerCatalogHandlers } from './catalog.handlers';
import { registerConversationHandlers } from './conversation.handlers';
import { registerInboxHandlers } from './inbox.handlers';
import { registerLinkHandlers } from './link.handlers';
import { HandshakeError, identify } from './handshake';
import { sendHello } from './hello';
import { registerMessageHandlers } from './message.handlers';
import { registerOrderHandlers } from './order.handlers';
import { registerPushHandlers } from './push.handlers';
import { registerReportHandlers } from './report.handlers';
import { registerSettingsHandlers } from './settings.handlers';
import { registerTeamHandlers } from './team.handlers';
import { rooms, type RealtimeDeps, type RealtimeServer } from './types';

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

  io.on('connection', (socket) => {
    const identity = socket.data.identity;
    void socket.join(
      identity.role === 'shopper'
        ? rooms.shopper(identity.shopperId)
        : rooms.business(identity.businessId),
    );
    if (socket.data.agentSession) void socket.join(rooms.agentSession(socket.data.agentSession));
    const context = { io, socket, deps, joined: new Set<string>() };
    registerConversationHandlers(context);
    registerMessageHandlers(context);
    registerCartHandlers(context);
    registerOrderHandlers(context);
    registerCatalogHandlers(context);
    registerSettingsHandlers(context);
    registerTeamHandlers(context);
    registerInboxHandlers(context);
    registerLinkHandlers(context);
    registerReportHandlers(context);
    sendHello(context);
    registerPushHandlers(context);
  });

  return io;
}
