import { io } from 'socket.io-client';
import type { ServerHello } from '@/lib/protocol/hello.schema';
import { PROTOCOL_VERSION } from '@/lib/protocol/version';
import { shopperCookie, type TestSocket } from '../../support/clients';
import { useRealtimeHarness } from '../../support/harness';
import { storeKinds } from '../../support/store';

jest.setTimeout(60_000);

describe.each(storeKinds())('server:hello on connect (%s)', (kind) => {
  const harness = useRealtimeHarness(kind);

  test('every new socket first hears the build and protocol version the server runs', async () => {
    // Listening before the connection opens: the hello comes right behind the handshake.
    const socket: TestSocket = io(harness.url, {
      transports: ['websocket'],
      reconnection: false,
      forceNew: true,
      auth: { protocolVersion: PROTOCOL_VERSION, role: 'shopper' },
      extraHeaders: { cookie: shopperCookie() },
    });
    try {
      const hello = await new Promise<ServerHello>((resolve, reject) => {
        socket.once('server:hello', resolve);
        socket.once('connect_error', reject);
      });
      expect(hello.protocolVersion).toBe(PROTOCOL_VERSION);
      expect(hello.buildId).toMatch(/\S/);
    } finally {
      socket.close();
    }
  });
});
