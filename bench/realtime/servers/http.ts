// The plain http server every target runs on, and the socket.io options they all share.
import { createServer, type Server as HttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ServerOptions } from 'socket.io';
import { MAX_FRAME_BYTES } from '../../../lib/realtime/create-realtime';

/** What every server under test hands back to the server process. */
export interface RunningServer {
  url: string;
  /** The agent's signed session cookie, for servers that check identities. */
  agentCookie: string | null;
  businessSlug: string | null;
  /** Handler failures the server logged. */
  loggedErrors(): number;
  /** SQL statements run so far, where the server counts them (Obrol); null elsewhere. */
  statements(): number | null;
  close(): Promise<void>;
}

/** Obrol's own socket.io settings, so the baselines differ from it only in what their handlers do. */
export const relaySocketOptions: Partial<ServerOptions> = {
  path: '/socket.io',
  serveClient: false,
  maxHttpBufferSize: MAX_FRAME_BYTES,
  pingInterval: 20_000,
  pingTimeout: 20_000,
};

/** The baselines' server: socket traffic only, every plain HTTP request gets a 404. */
export function createBareHttpServer(): HttpServer {
  return createServer((_req, res) => {
    res.statusCode = 404;
    res.end();
  });
}

export async function listenOnLoopback(server: HttpServer): Promise<string> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return `http://127.0.0.1:${port}`;
}

export function closeHttpServer(server: HttpServer): Promise<void> {
  return new Promise((resolve) => server.close(() => resolve()));
}
