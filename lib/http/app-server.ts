// Obrol's http server: every request gets the client's address and a shopper session, then Next's
// production (or dev) handler. Used by server.ts and by the realtime bench, so both run the same.
import { createServer, type Server as HttpServer } from 'node:http';
import next from 'next';
import { setClientAddressHeader } from '../identity/client-address';
import { ensureShopperSession } from '../identity/shopper-session';

export interface AppHttpServerOptions {
  dev: boolean;
  /** The project folder: its .next build is what production serves. */
  dir: string;
  hostname?: string;
  port?: number;
  secret: string;
  trustProxy: boolean;
}

export interface AppHttpServer {
  server: HttpServer;
  /** Closes Next (its caches and, in dev, its watchers); the http server is closed by its owner. */
  closeNext: () => Promise<void>;
}

export async function createAppHttpServer(options: AppHttpServerOptions): Promise<AppHttpServer> {
  const app = next({
    dev: options.dev,
    dir: options.dir,
    ...(options.hostname && { hostname: options.hostname }),
    ...(options.port !== undefined && { port: options.port }),
  });
  await app.prepare();
  const handleNext = app.getRequestHandler();

  const server = createServer((req, res) => {
    setClientAddressHeader(req, options.trustProxy);
    ensureShopperSession(req, res, options.secret);
    void handleNext(req, res);
  });
  return { server, closeNext: async () => app.close?.() };
}
