// Baselines 1 and 2: a socket.io relay that acks each message and forwards it to the agent, with no
// validation or identity check, and optionally one INSERT into a sink before that.
import { Server } from 'socket.io';
import type { Result } from '../../../lib/protocol/errors';
import {
  createBareHttpServer,
  listenOnLoopback,
  relaySocketOptions,
  type RunningServer,
} from './http';
import type { MessageSink, RelayedMessage } from './sinks';

interface RelayClientEvents {
  // Trusted as typed on purpose: skipping validation is what makes this a floor.
  'message:send': (
    payload: RelayedMessage,
    ack: (result: Result<{ message: RelayedMessage }>) => void,
  ) => void;
}

interface RelayServerEvents {
  'message:created': (payload: { message: RelayedMessage }) => void;
}

const AGENTS_ROOM = 'agents';

export async function startRelay(sink: MessageSink | null): Promise<RunningServer> {
  let loggedErrors = 0;
  const httpServer = createBareHttpServer();
  const io = new Server<RelayClientEvents, RelayServerEvents>(httpServer, relaySocketOptions);

  io.on('connection', (socket) => {
    const auth = socket.handshake.auth as { role?: unknown };
    if (auth.role === 'agent') void socket.join(AGENTS_ROOM);
    socket.on('message:send', async (message, ack) => {
      try {
        await sink?.insert(message);
      } catch (error) {
        loggedErrors += 1;
        ack({ ok: false, error: { code: 'INTERNAL', message: String(error) } });
        return;
      }
      // Forward before acking, in the same order as Obrol's message:send handler.
      io.to(AGENTS_ROOM).emit('message:created', { message });
      ack({ ok: true, data: { message } });
    });
  });

  const url = await listenOnLoopback(httpServer);
  return {
    url,
    agentCookie: null,
    businessSlug: null,
    loggedErrors: () => loggedErrors,
    statements: () => null,
    close: async () => {
      await io.close();
      await sink?.close();
    },
  };
}
