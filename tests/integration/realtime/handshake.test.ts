import { createHash, randomUUID } from 'node:crypto';
import { sign } from 'cookie-signature';
import { signInAgent, signOutAgent } from '@/lib/identity/agent-auth';
import { AGENT_COOKIE, SHOPPER_COOKIE } from '@/lib/identity/cookie-names';
import { PROTOCOL_VERSION } from '@/lib/protocol/version';
import type { Store } from '@/lib/store/connect';
import { connect, request, shopperCookie, type TestSocket } from '../../support/clients';
import { TEST_SECRET, startRealtime, type RunningRealtime } from '../../support/realtime';
import { OWNER_EMAIL, OWNER_PASSWORD, seedTestStore } from '../../support/seed';
import { createTestStore, storeKinds } from '../../support/store';

jest.setTimeout(60_000);

const OTHER_SECRET = 'a-different-secret-that-is-also-long-enough';
const ALLOWED_ORIGIN = 'https://shop.example';

type ConnectOptions = NonNullable<Parameters<typeof connect>[1]>;

/** The code the server refused a handshake with; fails the test if the handshake was accepted. */
async function refusalCode(connecting: Promise<TestSocket>): Promise<string | undefined> {
  let socket: TestSocket;
  try {
    socket = await connecting;
  } catch (error) {
    expect(error).toBeInstanceOf(Error);
    return (error as Error & { data?: { code?: string } }).data?.code;
  }
  socket.close();
  throw new Error('the handshake was accepted');
}

function agentCookieFor(token: string, secret = TEST_SECRET): string {
  return `${AGENT_COOKIE}=${encodeURIComponent(sign(token, secret))}`;
}

describe.each(storeKinds())(
  'the socket handshake checks origin, session and protocol version (%s)',
  (kind) => {
    let store: Store;
    let server: RunningRealtime;
    let serverWithAllowedOrigin: RunningRealtime;
    let origin: string;
    const sockets: TestSocket[] = [];

    beforeAll(async () => {
      store = await createTestStore(kind);
      await seedTestStore(store);
      server = await startRealtime(store);
      serverWithAllowedOrigin = await startRealtime(store, [ALLOWED_ORIGIN]);
      origin = server.url; // http://127.0.0.1:<port>, exactly what a browser on this page would send
    });

    afterEach(() => {
      for (const socket of sockets.splice(0)) socket.close();
    });

    afterAll(async () => {
      await server.close();
      await serverWithAllowedOrigin.close();
      await store.close();
    });

    async function accepted(options: ConnectOptions, url = server.url) {
      const socket = await connect(url, options);
      sockets.push(socket);
      return socket;
    }

    /** The connection works as the shopper the cookie names. */
    async function expectShopper(socket: TestSocket, shopperId: string) {
      expect(socket.connected).toBe(true);
      const { conversation } = await request(socket, 'conversation:open', { businessSlug: 'demo' });
      expect(conversation.shopperId).toBe(shopperId);
    }

    async function signedInAgentToken(): Promise<string> {
      return (await signInAgent(store.db, OWNER_EMAIL, OWNER_PASSWORD)).token;
    }

    describe('refused', () => {
      test('a foreign Origin is FORBIDDEN even with a valid shopper cookie', async () => {
        expect(
          await refusalCode(
            connect(server.url, { cookie: shopperCookie(), origin: 'https://evil.example' }),
          ),
        ).toBe('FORBIDDEN');
      });

      test('a foreign Origin is FORBIDDEN even with a valid agent session', async () => {
        const cookie = agentCookieFor(await signedInAgentToken());
        expect(
          await refusalCode(
            connect(server.url, { role: 'agent', cookie, origin: 'https://evil.example' }),
          ),
        ).toBe('FORBIDDEN');
      });

      test.each([
        ['the opaque origin "null" of a sandboxed page', 'null'],
        ['a look-alike host', 'http://127.0.0.1.evil.example'],
        ['text that is not a URL', 'not a url'],
      ])('an Origin that is %s is FORBIDDEN', async (_label, badOrigin) => {
        expect(
          await refusalCode(connect(server.url, { cookie: shopperCookie(), origin: badOrigin })),
        ).toBe('FORBIDDEN');
      });

      test('an origin allowed on another server is FORBIDDEN on one that does not list it', async () => {
        expect(
          await refusalCode(
            connect(server.url, { cookie: shopperCookie(), origin: ALLOWED_ORIGIN }),
          ),
        ).toBe('FORBIDDEN');
      });

      test('no cookie at all is UNAUTHORIZED', async () => {
        expect(await refusalCode(connect(server.url))).toBe('UNAUTHORIZED');
      });

      test('a cookie header without the shopper cookie is UNAUTHORIZED', async () => {
        expect(
          await refusalCode(connect(server.url, { cookie: 'theme=dark; obrol_locale=id' })),
        ).toBe('UNAUTHORIZED');
      });

      test('a shopper cookie signed with another secret is UNAUTHORIZED', async () => {
        expect(
          await refusalCode(
            connect(server.url, { cookie: shopperCookie(randomUUID(), OTHER_SECRET) }),
          ),
        ).toBe('UNAUTHORIZED');
      });

      test('a tampered shopper cookie (another id under a valid signature) is UNAUTHORIZED', async () => {
        const genuine = sign(randomUUID(), TEST_SECRET);
        const signature = genuine.slice(genuine.lastIndexOf('.'));
        const cookie = `${SHOPPER_COOKIE}=${encodeURIComponent(`${randomUUID()}${signature}`)}`;
        expect(await refusalCode(connect(server.url, { cookie }))).toBe('UNAUTHORIZED');
      });

      test('an unsigned shopper id is UNAUTHORIZED', async () => {
        expect(
          await refusalCode(connect(server.url, { cookie: `${SHOPPER_COOKIE}=${randomUUID()}` })),
        ).toBe('UNAUTHORIZED');
      });

      test('a validly signed shopper cookie over something that is not a UUID is UNAUTHORIZED', async () => {
        expect(await refusalCode(connect(server.url, { cookie: shopperCookie('admin') }))).toBe(
          'UNAUTHORIZED',
        );
      });

      test("role 'agent' with only a shopper cookie is UNAUTHORIZED", async () => {
        expect(
          await refusalCode(connect(server.url, { role: 'agent', cookie: shopperCookie() })),
        ).toBe('UNAUTHORIZED');
      });

      test('an unknown role is UNAUTHORIZED, even with a valid shopper cookie', async () => {
        expect(
          await refusalCode(
            connect(server.url, { cookie: shopperCookie(), auth: { role: 'admin' } }),
          ),
        ).toBe('UNAUTHORIZED');
      });

      test('an agent session that was signed out is UNAUTHORIZED', async () => {
        const token = await signedInAgentToken();
        const cookie = agentCookieFor(token);
        const before = await accepted({ role: 'agent', cookie });
        expect(before.connected).toBe(true);

        await signOutAgent(store.db, token);
        expect(await refusalCode(connect(server.url, { role: 'agent', cookie }))).toBe(
          'UNAUTHORIZED',
        );
      });

      test('an agent session past its expiry is UNAUTHORIZED', async () => {
        const token = await signedInAgentToken();
        // Sessions are stored only as the SHA-256 of their token.
        const tokenHash = createHash('sha256').update(token).digest('base64url');
        const expired = await store.db
          .updateTable('agent_sessions')
          .set({ expires_at: new Date(Date.now() - 60_000) })
          .where('token_hash', '=', tokenHash)
          .executeTakeFirstOrThrow();
        expect(expired.numUpdatedRows).toBe(BigInt(1));
        expect(
          await refusalCode(connect(server.url, { role: 'agent', cookie: agentCookieFor(token) })),
        ).toBe('UNAUTHORIZED');
      });

      test.each([
        ['garbage', `${AGENT_COOKIE}=garbage`],
        ['a well-signed token no session has', agentCookieFor('not-a-real-session-token')],
        ['an empty value', `${AGENT_COOKIE}=`],
      ])('an agent cookie holding %s is UNAUTHORIZED', async (_label, cookie) => {
        expect(await refusalCode(connect(server.url, { role: 'agent', cookie }))).toBe(
          'UNAUTHORIZED',
        );
      });

      test('a real agent token signed with another secret is UNAUTHORIZED', async () => {
        const cookie = agentCookieFor(await signedInAgentToken(), OTHER_SECRET);
        expect(await refusalCode(connect(server.url, { role: 'agent', cookie }))).toBe(
          'UNAUTHORIZED',
        );
      });

      test('a missing protocolVersion is UPGRADE_REQUIRED', async () => {
        expect(
          await refusalCode(
            connect(server.url, { cookie: shopperCookie(), auth: { protocolVersion: undefined } }),
          ),
        ).toBe('UPGRADE_REQUIRED');
      });

      test.each([
        ['an older version', PROTOCOL_VERSION - 1],
        ['a newer version', PROTOCOL_VERSION + 1],
        ['the right version as a string', String(PROTOCOL_VERSION)],
        ['null', null],
      ])('a protocolVersion that is %s is UPGRADE_REQUIRED', async (_label, protocolVersion) => {
        expect(
          await refusalCode(
            connect(server.url, { cookie: shopperCookie(), auth: { protocolVersion } }),
          ),
        ).toBe('UPGRADE_REQUIRED');
      });
    });

    describe('accepted', () => {
      test('a same-origin Origin header (this server’s own http://127.0.0.1:<port>) with a valid cookie', async () => {
        const shopperId = randomUUID();
        await expectShopper(
          await accepted({ cookie: shopperCookie(shopperId), origin }),
          shopperId,
        );
      });

      test('an origin listed in allowedOrigins with a valid cookie', async () => {
        const shopperId = randomUUID();
        await expectShopper(
          await accepted(
            { cookie: shopperCookie(shopperId), origin: ALLOWED_ORIGIN },
            serverWithAllowedOrigin.url,
          ),
          shopperId,
        );
      });

      test('no Origin header at all (a client that is not a browser) with a valid cookie', async () => {
        const shopperId = randomUUID();
        await expectShopper(await accepted({ cookie: shopperCookie(shopperId) }), shopperId);
      });

      test('a valid agent session from the same origin connects as that agent', async () => {
        const socket = await accepted({
          role: 'agent',
          cookie: agentCookieFor(await signedInAgentToken()),
          origin,
        });
        const { conversations } = await request(socket, 'conversation:list', {});
        expect(Array.isArray(conversations)).toBe(true);
      });

      test('the shopper cookie is found among other cookies', async () => {
        const shopperId = randomUUID();
        await expectShopper(
          await accepted({ cookie: `theme=dark; ${shopperCookie(shopperId)}; obrol_locale=en` }),
          shopperId,
        );
      });
    });
  },
);
