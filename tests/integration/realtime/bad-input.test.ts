import { randomUUID } from 'node:crypto';
import {
  MAX_MESSAGE_LENGTH,
  type ClientToServerEvents,
  type ErrorBody,
  type PayloadIssue,
  type Result,
} from '@/lib/protocol';
import type { Store } from '@/lib/store/connect';
import {
  agentCookie,
  call,
  connect,
  request,
  shopperCookie,
  type TestSocket,
} from '../../support/clients';
import { startRealtime, type RunningRealtime } from '../../support/realtime';
import { OWNER_EMAIL, OWNER_PASSWORD, seedTestStore } from '../../support/seed';
import { createTestStore, storeKinds } from '../../support/store';

jest.setTimeout(60_000);

type EventName = keyof ClientToServerEvents;

/** The error of a refused ack; fails the test if the ack was ok. */
function refusal<T>(result: Result<T>): ErrorBody {
  if (result.ok) throw new Error(`expected a refusal, got ${JSON.stringify(result.data)}`);
  return result.error;
}

function issuePaths(issues: PayloadIssue[] | undefined): string[] {
  return (issues ?? []).map((issue) => issue.path);
}

describe.each(storeKinds())(
  'malformed and hostile payloads are refused without harm (%s)',
  (kind) => {
    let store: Store;
    let server: RunningRealtime;
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
      await server.close();
      await store.close();
    });

    async function shopper(id = randomUUID()) {
      const socket = await connect(server.url, { cookie: shopperCookie(id) });
      sockets.push(socket);
      return socket;
    }

    async function agent() {
      const socket = await connect(server.url, {
        role: 'agent',
        cookie: await agentCookie(store, OWNER_EMAIL, OWNER_PASSWORD),
      });
      sockets.push(socket);
      return socket;
    }

    /** A connected shopper with an open conversation with the demo business. */
    async function shopperInConversation() {
      const shopperId = randomUUID();
      const socket = await shopper(shopperId);
      const opened = await request(socket, 'conversation:open', { businessSlug: 'demo' });
      return {
        socket,
        shopperId,
        conversationId: opened.conversation.id,
        greeting: opened.messages[0],
      };
    }

    async function countMessages(conversationId?: string): Promise<number> {
      let query = store.db
        .selectFrom('messages')
        .select((eb) => eb.fn.countAll<string | number>().as('count'));
      if (conversationId) query = query.where('conversation_id', '=', conversationId);
      return Number((await query.executeTakeFirstOrThrow()).count);
    }

    async function countConversationsOf(shopperId: string): Promise<number> {
      const result = await store.db
        .selectFrom('conversations')
        .select((eb) => eb.fn.countAll<string | number>().as('count'))
        .where('shopper_id', '=', shopperId)
        .executeTakeFirstOrThrow();
      return Number(result.count);
    }

    /** The socket survived: still connected, and a valid message goes through and is stored. */
    async function expectStillUsable(socket: TestSocket, conversationId: string) {
      expect(socket.connected).toBe(true);
      const before = await countMessages(conversationId);
      const { message } = await request(socket, 'message:send', {
        conversationId,
        clientId: randomUUID(),
        text: 'masih di sini',
      });
      expect(message.text).toBe('masih di sini');
      expect(await countMessages(conversationId)).toBe(before + 1);
      expect(socket.connected).toBe(true);
    }

    /** Sends a bad message:send, and checks the refusal, that nothing was stored, and that the socket still works. */
    async function expectSendRefused(
      build: (conversationId: string) => unknown[],
      code: ErrorBody['code'] = 'INVALID_PAYLOAD',
    ) {
      const { socket, conversationId } = await shopperInConversation();
      const storedBefore = await countMessages();
      const error = refusal(await call(socket, 'message:send', ...build(conversationId)));
      expect(error.code).toBe(code);
      expect(await countMessages()).toBe(storedBefore);
      await expectStillUsable(socket, conversationId);
      return error;
    }

    /** A message:send payload for `conversationId`, with `fields` changed. */
    function send(conversationId: string, fields: Record<string, unknown>) {
      return { conversationId, clientId: randomUUID(), ...fields };
    }

    describe('message text', () => {
      test(`text of exactly ${MAX_MESSAGE_LENGTH} characters is accepted and stored whole`, async () => {
        const { socket, conversationId } = await shopperInConversation();
        const text = 'a'.repeat(MAX_MESSAGE_LENGTH);
        const { message } = await request(socket, 'message:send', {
          conversationId,
          clientId: randomUUID(),
          text,
        });
        expect(message.text).toBe(text);
        const stored = await store.db
          .selectFrom('messages')
          .select('text')
          .where('id', '=', message.id)
          .executeTakeFirstOrThrow();
        expect(stored.text).toHaveLength(MAX_MESSAGE_LENGTH);
      });

      test(`text of ${MAX_MESSAGE_LENGTH + 1} characters is refused as INVALID_PAYLOAD naming text`, async () => {
        const { socket, conversationId } = await shopperInConversation();
        const storedBefore = await countMessages();
        const error = refusal(
          await call(socket, 'message:send', {
            conversationId,
            clientId: randomUUID(),
            text: 'a'.repeat(MAX_MESSAGE_LENGTH + 1),
          }),
        );
        expect(error.code).toBe('INVALID_PAYLOAD');
        expect(issuePaths(error.issues)).toEqual(['text']);
        expect(await countMessages()).toBe(storedBefore);
        await expectStillUsable(socket, conversationId);
      });

      test('text far over the limit (20,000 characters) is refused the same way and does not cost the connection', async () => {
        const error = await expectSendRefused((id) => [send(id, { text: 'x'.repeat(20_000) })]);
        expect(issuePaths(error.issues)).toEqual(['text']);
      });

      test.each([
        ['spaces', '      '],
        ['newlines', '\n\n\n'],
        ['tabs', '\t\t\t'],
        ['a mix of whitespace', ' \t\r\n \u00a0 '],
        ['nothing', ''],
      ])('text of only %s is refused as INVALID_PAYLOAD naming text', async (_label, text) => {
        const error = await expectSendRefused((id) => [send(id, { text })]);
        expect(issuePaths(error.issues)).toEqual(['text']);
      });

      test('text containing a NUL character is refused as INVALID_PAYLOAD, not failed as INTERNAL', async () => {
        const error = await expectSendRefused((id) => [send(id, { text: 'halo\u0000kak' })]);
        expect(issuePaths(error.issues)).toEqual(['text']);
      });

      test('text containing an unpaired surrogate is refused as INVALID_PAYLOAD', async () => {
        const error = await expectSendRefused((id) => [send(id, { text: 'halo \ud83d kak' })]);
        expect(issuePaths(error.issues)).toEqual(['text']);
      });
    });

    describe('wrong types and unknown fields', () => {
      test.each([
        ['a number for text', { text: 42 }, 'text'],
        ['an object for text', { text: { html: '<b>hi</b>' } }, 'text'],
        ['a clientId that is not a UUID', { clientId: 'msg-1', text: 'halo' }, 'clientId'],
        [
          'a conversationId that is not a UUID',
          { conversationId: '1 or 1=1', text: 'halo' },
          'conversationId',
        ],
        ['a missing text', { text: undefined }, 'text'],
      ])(
        'message:send with %s is refused as INVALID_PAYLOAD naming the field',
        async (_label, fields, path) => {
          const error = await expectSendRefused((id) => [send(id, fields)]);
          expect(issuePaths(error.issues)).toEqual([path]);
        },
      );

      test('message:send with unknown extra fields is refused, naming the fields, and nothing is stored', async () => {
        const error = await expectSendRefused((id) => [
          send(id, { text: 'halo', sender: 'business', seq: 1 }),
        ]);
        expect(error.issues).toHaveLength(1);
        expect(error.issues?.[0]?.message).toMatch(/sender/);
        expect(error.issues?.[0]?.message).toMatch(/seq/);
      });
    });

    describe('payloads that are not one JSON object', () => {
      test.each([
        ['a binary Buffer', () => [Buffer.from([0xde, 0xad, 0xbe, 0xef])]],
        [
          'a Buffer holding a valid payload as JSON',
          (id: string) => [Buffer.from(JSON.stringify(send(id, { text: 'halo' })))],
        ],
        ['an empty Buffer', () => [Buffer.alloc(0)]],
        ['an array holding a valid payload', (id: string) => [[send(id, { text: 'halo' })]]],
        ['null', () => [null]],
        ['a string', () => ['halo']],
        ['a number', () => [7]],
        ['a boolean', () => [true]],
        ['no payload at all', () => []],
        [
          'two valid payloads',
          (id: string) => [send(id, { text: 'satu' }), send(id, { text: 'dua' })],
        ],
      ])(
        'message:send with %s is refused as INVALID_PAYLOAD and nothing is stored',
        async (_label, args) => {
          const error = await expectSendRefused(args);
          expect(error.issues?.length).toBeGreaterThan(0);
        },
      );

      test('a malformed payload sent without an ack gets no answer, and the socket keeps working', async () => {
        const { socket, conversationId } = await shopperInConversation();
        const storedBefore = await countMessages();
        const raw = socket as unknown as { emit(event: string, ...args: unknown[]): void };
        raw.emit('message:send', null);
        raw.emit('message:send', { conversationId, clientId: 'nope', text: 'halo' });
        raw.emit('message:send', Buffer.from([1, 2, 3]));
        await expectStillUsable(socket, conversationId);
        expect(await countMessages()).toBe(storedBefore + 1);
      });
    });

    describe('messages that are well formed but not allowed', () => {
      test('a message to a conversation id that does not exist is refused as FORBIDDEN and nothing is stored', async () => {
        const { socket, conversationId } = await shopperInConversation();
        const storedBefore = await countMessages();
        const error = refusal(
          await call(socket, 'message:send', {
            conversationId: randomUUID(),
            clientId: randomUUID(),
            text: 'halo',
          }),
        );
        expect(error.code).toBe('FORBIDDEN');
        expect(await countMessages()).toBe(storedBefore);
        await expectStillUsable(socket, conversationId);
      });

      test('a clientId reused for a different text is a CONFLICT and the original stays untouched', async () => {
        const { socket, conversationId } = await shopperInConversation();
        const clientId = randomUUID();
        const { message: original } = await request(socket, 'message:send', {
          conversationId,
          clientId,
          text: 'pesan asli',
        });
        const storedBefore = await countMessages();

        const error = refusal(
          await call(socket, 'message:send', { conversationId, clientId, text: 'pesan palsu' }),
        );
        expect(error.code).toBe('CONFLICT');
        expect(await countMessages()).toBe(storedBefore);
        const stored = await store.db
          .selectFrom('messages')
          .selectAll()
          .where('client_id', '=', clientId)
          .execute();
        expect(stored).toHaveLength(1);
        expect(stored[0]).toMatchObject({ id: original.id, text: 'pesan asli', seq: original.seq });

        // The same text again is still an idempotent retry.
        expect(
          (await request(socket, 'message:send', { conversationId, clientId, text: 'pesan asli' }))
            .message,
        ).toEqual(original);
        await expectStillUsable(socket, conversationId);
      });

      test("a shopper reusing the clientId of the business's greeting is a CONFLICT and the greeting stays untouched", async () => {
        const { socket, conversationId, greeting } = await shopperInConversation();
        if (!greeting) throw new Error('the demo business greets new shoppers');
        const error = refusal(
          await call(socket, 'message:send', {
            conversationId,
            clientId: greeting.clientId,
            text: greeting.text,
          }),
        );
        expect(error.code).toBe('CONFLICT');
        const stored = await store.db
          .selectFrom('messages')
          .selectAll()
          .where('id', '=', greeting.id)
          .executeTakeFirstOrThrow();
        expect(stored).toMatchObject({ sender: 'business', kind: 'greeting', text: greeting.text });
        await expectStillUsable(socket, conversationId);
      });

      test('conversation:open for an unknown business slug is NOT_FOUND and creates no conversation', async () => {
        const shopperId = randomUUID();
        const socket = await shopper(shopperId);
        const error = refusal(
          await call(socket, 'conversation:open', { businessSlug: 'no-such-shop' }),
        );
        expect(error.code).toBe('NOT_FOUND');
        expect(await countConversationsOf(shopperId)).toBe(0);
        const shopperRow = await store.db
          .selectFrom('shoppers')
          .select('id')
          .where('id', '=', shopperId)
          .executeTakeFirst();
        expect(shopperRow).toBeUndefined();

        expect(socket.connected).toBe(true);
        const opened = await request(socket, 'conversation:open', { businessSlug: 'demo' });
        await expectStillUsable(socket, opened.conversation.id);
      });

      test('conversation:open for a slug with characters no slug may hold is INVALID_PAYLOAD, not failed as INTERNAL', async () => {
        const shopperId = randomUUID();
        const socket = await shopper(shopperId);
        for (const businessSlug of [
          'demo\u0000',
          'DEMO',
          'demo/../admin',
          ' demo',
          'a'.repeat(65),
        ]) {
          const error = refusal(await call(socket, 'conversation:open', { businessSlug }));
          expect(error.code).toBe('INVALID_PAYLOAD');
          expect(issuePaths(error.issues)).toEqual(['businessSlug']);
        }
        expect(await countConversationsOf(shopperId)).toBe(0);
        const opened = await request(socket, 'conversation:open', { businessSlug: 'demo' });
        await expectStillUsable(socket, opened.conversation.id);
      });
    });

    describe('paging with impossible numbers', () => {
      test.each([
        ['message:sync', 'a negative afterSeq', { afterSeq: -1 }, 'afterSeq'],
        [
          'message:sync',
          'an afterSeq past any database integer',
          { afterSeq: 2_147_483_648 },
          'afterSeq',
        ],
        ['message:sync', 'an absurd afterSeq', { afterSeq: 1e300 }, 'afterSeq'],
        ['message:sync', 'a fractional afterSeq', { afterSeq: 1.5 }, 'afterSeq'],
        ['message:sync', 'a limit over 100', { afterSeq: 0, limit: 101 }, 'limit'],
        ['message:sync', 'a limit of 0', { afterSeq: 0, limit: 0 }, 'limit'],
        ['message:history', 'a negative beforeSeq', { beforeSeq: -5 }, 'beforeSeq'],
        [
          'message:history',
          'an absurd beforeSeq',
          { beforeSeq: Number.MAX_SAFE_INTEGER },
          'beforeSeq',
        ],
        ['message:history', 'a limit over 100', { beforeSeq: 10, limit: 1000 }, 'limit'],
        ['message:history', 'a negative limit', { beforeSeq: 10, limit: -1 }, 'limit'],
      ] as const)(
        '%s with %s is refused as INVALID_PAYLOAD naming the field',
        async (event, _label, fields, path) => {
          const { socket, conversationId } = await shopperInConversation();
          const error = refusal(await call(socket, event, { conversationId, ...fields }));
          expect(error.code).toBe('INVALID_PAYLOAD');
          expect(new Set(issuePaths(error.issues))).toEqual(new Set([path]));
          await expectStillUsable(socket, conversationId);
        },
      );

      test('the largest valid sequence numbers give empty pages rather than errors', async () => {
        const { socket, conversationId } = await shopperInConversation();
        const after = await request(socket, 'message:sync', {
          conversationId,
          afterSeq: 2_147_483_647,
          limit: 100,
        });
        expect(after).toEqual({ messages: [], hasMore: false });
        const before = await request(socket, 'message:history', {
          conversationId,
          beforeSeq: 0,
          limit: 100,
        });
        expect(before).toEqual({ messages: [], hasMore: false });
      });
    });

    describe('every client event refuses a malformed payload and keeps the socket', () => {
      const cases: Array<[EventName, string, (conversationId: string) => unknown, string[]]> = [
        [
          'conversation:open',
          'a numeric businessSlug',
          () => ({ businessSlug: 42 }),
          ['businessSlug'],
        ],
        [
          'conversation:open',
          'an empty businessSlug',
          () => ({ businessSlug: '' }),
          ['businessSlug'],
        ],
        [
          'conversation:join',
          'a conversationId that is not a UUID',
          () => ({ conversationId: 'abc' }),
          ['conversationId'],
        ],
        [
          'conversation:join',
          'an extra field',
          (conversationId) => ({ conversationId, asAgent: true }),
          [''],
        ],
        [
          'message:send',
          'an array for text',
          (conversationId) => ({ conversationId, clientId: randomUUID(), text: ['halo'] }),
          ['text'],
        ],
        [
          'message:sync',
          'a string afterSeq',
          (conversationId) => ({ conversationId, afterSeq: '0' }),
          ['afterSeq'],
        ],
        [
          'message:history',
          'a missing beforeSeq',
          (conversationId) => ({ conversationId }),
          ['beforeSeq'],
        ],
        ['receipt:update', 'neither mark', (conversationId) => ({ conversationId }), ['']],
        [
          'receipt:update',
          'a negative readSeq',
          (conversationId) => ({ conversationId, readSeq: -1 }),
          ['readSeq'],
        ],
        [
          'typing:update',
          'a string for typing',
          (conversationId) => ({ conversationId, typing: 'yes' }),
          ['typing'],
        ],
        ['typing:update', 'null', () => null, ['']],
      ];

      test.each(cases)(
        '%s with %s is refused as INVALID_PAYLOAD',
        async (event, _label, payload, paths) => {
          const { socket, conversationId } = await shopperInConversation();
          const storedBefore = await countMessages();
          const error = refusal(await call(socket, event, payload(conversationId)));
          expect(error.code).toBe('INVALID_PAYLOAD');
          expect(error.message).toBe(`Invalid ${event} payload.`);
          expect(issuePaths(error.issues)).toEqual(paths);
          expect(await countMessages()).toBe(storedBefore);
          await expectStillUsable(socket, conversationId);
        },
      );

      test.each([
        ['a limit over 100', { limit: 101 }, ['limit']],
        ['a before that is not an ISO time', { before: 'yesterday' }, ['before']],
        ['an unknown filter', { businessId: randomUUID() }, ['']],
        ['a string instead of an object', 'all', ['']],
        ['an empty Buffer', Buffer.alloc(0), ['']],
      ])(
        'conversation:list (as an agent) with %s is refused as INVALID_PAYLOAD',
        async (_label, payload, paths) => {
          const socket = await agent();
          const error = refusal(await call(socket, 'conversation:list', payload));
          expect(error.code).toBe('INVALID_PAYLOAD');
          expect(issuePaths(error.issues)).toEqual(paths);
          expect(socket.connected).toBe(true);
          await request(socket, 'conversation:list', {});
        },
      );
    });
  },
);
