// Starts the realtime server on a random port over a test store, as server.ts does without Next.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createRealtime } from '@/lib/realtime/create-realtime';
import type { RealtimeServer } from '@/lib/realtime/types';
import type { Store } from '@/lib/store/connect';

export const TEST_SECRET = 'test-secret-that-is-long-enough-for-signing';

export interface RunningRealtime {
  url: string;
  io: RealtimeServer;
  close(): Promise<void>;
}

export async function startRealtime(
  store: Store,
  allowedOrigins: string[] = [],
): Promise<RunningRealtime> {
  const server = createServer((_req, res) => {
    res.statusCode = 404;
    res.end();
  });
  const io = createRealtime(server, { db: store.db, secret: TEST_SECRET, allowedOrigins });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    io,
    close: () => new Promise<void>((resolve) => io.close(() => resolve())),
  };
}
