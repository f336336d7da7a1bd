// One realtime server over a fresh seeded store per describe block, with helpers that connect
// shoppers and agents and close every socket after each test.
import { randomUUID } from 'node:crypto';
import type { Store } from '@/lib/store/connect';
import { agentCookie, connect, shopperCookie, type TestSocket } from './clients';
import { startRealtime, type RunningRealtime } from './realtime';
import { OWNER_EMAIL, OWNER_PASSWORD, seedTestStore } from './seed';
import { createTestStore, type StoreKind } from './store';

export interface RealtimeHarness {
  readonly store: Store;
  readonly url: string;
  shopper(id?: string): Promise<TestSocket>;
  agent(email?: string, password?: string): Promise<TestSocket>;
}

export function useRealtimeHarness(kind: StoreKind): RealtimeHarness {
  let store: Store | undefined;
  let server: RunningRealtime | undefined;
  const sockets: TestSocket[] = [];

  beforeAll(async () => {
    store = await createTestStore(kind);
    await seedTestStore(store);
    server = await startRealtime(store);
  });

  afterEach(() => {
    for (const socket of sockets.splice(0)) socket.close();
  });

  afterAll(async () => {
    await server?.close();
    await store?.close();
  });

  const started = () => {
    if (!store || !server) throw new Error('the harness is used outside a test');
    return { store, server };
  };
  const track = (socket: TestSocket) => {
    sockets.push(socket);
    return socket;
  };

  return {
    get store() {
      return started().store;
    },
    get url() {
      return started().server.url;
    },
    shopper: async (id = randomUUID()) =>
      track(await connect(started().server.url, { cookie: shopperCookie(id) })),
    agent: async (email = OWNER_EMAIL, password = OWNER_PASSWORD) =>
      track(
        await connect(started().server.url, {
          role: 'agent',
          cookie: await agentCookie(started().store, email, password),
        }),
      ),
  };
}
