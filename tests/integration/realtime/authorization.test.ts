import { randomUUID } from 'node:crypto';
import type { ClientToServerEvents, ServerToClientEvents } from '@/lib/protocol/events';
import type { Store } from '@/lib/store/connect';
import {
  agentCookie,
  call,
  connect,
  nextEvent,
  request,
  shopperCookie,
  type TestSocket,
} from '../../support/clients';
import { expectNothing, refusal } from '../../support/expectations';
import { startRealtime, type RunningRealtime } from '../../support/realtime';
import {
  OWNER_EMAIL,
  OWNER_PASSWORD,
  SECOND_AGENT_EMAIL,
  SECOND_AGENT_PASSWORD,
  addSecondDemoAgent,
  createOtherBusiness,
  demoBusinessId as findDemoBusinessId,
  seedTestStore,
} from '../../support/seed';
import { createTestStore, storeKinds } from '../../support/store';

jest.setTimeout(60_000);

type ServerEvent = keyof ServerToClientEvents;

/** Waits until the clock has moved on, so the next write gets a later timestamp than the last. */
async function nextMillisecond(): Promise<void> {
  const start = Date.now();
  while (Date.now() === start) await new Promise((resolve) => setTimeout(resolve, 1));
}

const conversationEvents: ServerEvent[] = ['message:created', 'receipt:updated', 'typing:updated'];

describe.each(storeKinds())('who may touch which conversation (%s)', (kind) => {
  let store: Store;
  let server: RunningRealtime;
  let other: { businessId: string; email: string; password: string };
  let demoBusinessId: string;
  const sockets: TestSocket[] = [];

  beforeAll(async () => {
    store = await createTestStore(kind);
    await seedTestStore(store);
    other = await createOtherBusiness(store);
    demoBusinessId = await findDemoBusinessId(store);
    await addSecondDemoAgent(store);
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

  async function agent(email = OWNER_EMAIL, password = OWNER_PASSWORD) {
    const socket = await connect(server.url, {
      role: 'agent',
      cookie: await agentCookie(store, email, password),
    });
    sockets.push(socket);
    return socket;
  }

  function otherAgent() {
    return agent(other.email, other.password);
  }

  /** A connected shopper with an open conversation with `businessSlug`. */
  async function shopperInConversation(businessSlug = 'demo') {
    const socket = await shopper();
    const opened = await request(socket, 'conversation:open', { businessSlug });
    return { socket, conversationId: opened.conversation.id };
  }

  async function snapshot(conversationId: string) {
    const conversation = await store.db
      .selectFrom('conversations')
      .selectAll()
      .where('id', '=', conversationId)
      .executeTakeFirstOrThrow();
    const messages = await store.db
      .selectFrom('messages')
      .selectAll()
      .where('conversation_id', '=', conversationId)
      .orderBy('seq')
      .execute();
    return { conversation, messages };
  }

  const scopedCases: Array<[keyof ClientToServerEvents, (conversationId: string) => unknown]> = [
    [
      'message:send',
      (conversationId) => ({
        conversationId,
        clientId: randomUUID(),
        text: 'Saya bukan pemiliknya',
      }),
    ],
    ['message:sync', (conversationId) => ({ conversationId, afterSeq: 0 })],
    ['message:history', (conversationId) => ({ conversationId, beforeSeq: 1000 })],
    ['receipt:update', (conversationId) => ({ conversationId, deliveredSeq: 1000, readSeq: 1000 })],
    ['conversation:join', (conversationId) => ({ conversationId })],
    ['typing:update', (conversationId) => ({ conversationId, typing: true })],
  ];

  describe("a shopper naming another shopper's conversation", () => {
    test.each(scopedCases)(
      '%s is FORBIDDEN; nothing is stored or changed, and the victim hears nothing',
      async (event, payload) => {
        const victim = await shopperInConversation();
        const attacker = await shopperInConversation();
        const staff = await agent();
        const before = await snapshot(victim.conversationId);

        const victimQuiet = expectNothing(victim.socket, conversationEvents);
        const staffQuiet = expectNothing(staff, ['conversation:updated']);
        const error = refusal(await call(attacker.socket, event, payload(victim.conversationId)));
        expect(error.code).toBe('FORBIDDEN');
        await victimQuiet;
        await staffQuiet;

        expect(await snapshot(victim.conversationId)).toEqual(before);
      },
    );

    test('a refused join leaves the attacker outside the room: the victim’s next message does not reach it', async () => {
      const victim = await shopperInConversation();
      const attacker = await shopperInConversation();
      expect(
        refusal(
          await call(attacker.socket, 'conversation:join', {
            conversationId: victim.conversationId,
          }),
        ).code,
      ).toBe('FORBIDDEN');

      const attackerQuiet = expectNothing(attacker.socket, conversationEvents);
      await request(victim.socket, 'message:send', {
        conversationId: victim.conversationId,
        clientId: randomUUID(),
        text: 'Rahasia',
      });
      await request(victim.socket, 'typing:update', {
        conversationId: victim.conversationId,
        typing: true,
      });
      await attackerQuiet;
    });

    test('a conversation id that exists nowhere gets the same FORBIDDEN, so ids cannot be probed', async () => {
      const attacker = await shopperInConversation();
      const error = refusal(
        await call(attacker.socket, 'conversation:join', { conversationId: randomUUID() }),
      );
      expect(error.code).toBe('FORBIDDEN');
    });
  });

  test('a shopper calling the agent-only conversation:list is FORBIDDEN', async () => {
    const { socket } = await shopperInConversation();
    const error = refusal(await call(socket, 'conversation:list', {}));
    expect(error.code).toBe('FORBIDDEN');
  });

  test('an agent calling the shopper-only conversation:open is FORBIDDEN and creates nothing', async () => {
    const staff = await agent();
    const countConversations = async () =>
      Number(
        (
          await store.db
            .selectFrom('conversations')
            .select((eb) => eb.fn.countAll<string | number>().as('count'))
            .executeTakeFirstOrThrow()
        ).count,
      );
    const before = await countConversations();
    const error = refusal(await call(staff, 'conversation:open', { businessSlug: 'demo' }));
    expect(error.code).toBe('FORBIDDEN');
    expect(await countConversations()).toBe(before);
  });

  describe("an agent of another business and the demo business's conversations", () => {
    test.each(scopedCases)(
      '%s is FORBIDDEN; nothing is stored or changed, and the shopper hears nothing',
      async (event, payload) => {
        const victim = await shopperInConversation();
        const outsider = await otherAgent();
        const before = await snapshot(victim.conversationId);

        const victimQuiet = expectNothing(victim.socket, conversationEvents);
        const error = refusal(await call(outsider, event, payload(victim.conversationId)));
        expect(error.code).toBe('FORBIDDEN');
        await victimQuiet;

        expect(await snapshot(victim.conversationId)).toEqual(before);
      },
    );

    test('its conversation:list shows only its own business’s conversations', async () => {
      const demoChat = await shopperInConversation('demo');
      await request(demoChat.socket, 'message:send', {
        conversationId: demoChat.conversationId,
        clientId: randomUUID(),
        text: 'Untuk demo',
      });
      const ownChat = await shopperInConversation('other-shop');
      await request(ownChat.socket, 'message:send', {
        conversationId: ownChat.conversationId,
        clientId: randomUUID(),
        text: 'Untuk toko lain',
      });

      const { conversations } = await request(await otherAgent(), 'conversation:list', {
        limit: 100,
      });
      expect(conversations.map((c) => c.id)).toContain(ownChat.conversationId);
      expect(conversations.map((c) => c.id)).not.toContain(demoChat.conversationId);
      for (const conversation of conversations)
        expect(conversation.businessId).toBe(other.businessId);
    });

    test('it hears nothing of the demo business: no conversation:updated when a demo shopper writes', async () => {
      const outsider = await otherAgent();
      const staff = await agent();
      const outsiderQuiet = expectNothing(outsider, [
        'conversation:updated',
        ...conversationEvents,
      ]);
      const atStaff = nextEvent(staff, 'conversation:updated');
      const chat = await shopperInConversation();
      await request(chat.socket, 'message:send', {
        conversationId: chat.conversationId,
        clientId: randomUUID(),
        text: 'Halo demo',
      });
      expect((await atStaff).conversation.businessId).toBe(demoBusinessId);
      await outsiderQuiet;
    });
  });

  test("the demo agent's conversation:list gives the business's conversations, most recent first, with lastMessage and unreadCount", async () => {
    const first = await shopperInConversation();
    const second = await shopperInConversation();
    const third = await shopperInConversation();
    const send = async (chat: { socket: TestSocket; conversationId: string }, text: string) => {
      await nextMillisecond();
      return (
        await request(chat.socket, 'message:send', {
          conversationId: chat.conversationId,
          clientId: randomUUID(),
          text,
        })
      ).message;
    };
    await send(first, 'pertama');
    await send(second, 'kedua');
    await send(third, 'ketiga');
    const latest = await send(first, 'pertama lagi');

    const staff = await agent();
    const { conversations } = await request(staff, 'conversation:list', { limit: 100 });

    for (const conversation of conversations) expect(conversation.businessId).toBe(demoBusinessId);
    const times = conversations.map((c) => Date.parse(c.lastMessageAt));
    expect(times).toEqual([...times].sort((a, b) => b - a));

    const mine = conversations.filter((c) =>
      [first, second, third].some((chat) => chat.conversationId === c.id),
    );
    expect(mine.map((c) => c.id)).toEqual([
      first.conversationId,
      third.conversationId,
      second.conversationId,
    ]);
    expect(conversations[0]?.id).toBe(first.conversationId);

    const [newest, , oldest] = mine;
    expect(newest?.lastMessage).toEqual(latest);
    expect(newest?.unreadCount).toBe(2); // two shopper messages; the greeting is the business's own
    expect(oldest?.lastMessage?.text).toBe('kedua');
    expect(oldest?.unreadCount).toBe(1);

    await request(staff, 'receipt:update', {
      conversationId: first.conversationId,
      readSeq: latest.seq,
    });
    const after = await request(staff, 'conversation:list', { limit: 100 });
    expect(after.conversations.find((c) => c.id === first.conversationId)?.unreadCount).toBe(0);
  });

  test('a conversation that has no messages yet is not listed', async () => {
    // The other business sends no greeting, so opening leaves the conversation empty.
    const empty = await shopperInConversation('other-shop');
    const { conversations } = await request(await otherAgent(), 'conversation:list', {
      limit: 100,
    });
    expect(conversations.map((c) => c.id)).not.toContain(empty.conversationId);
  });

  test('every agent of the business receives conversation:updated when a shopper writes; agents elsewhere do not', async () => {
    // Opened before the agents connect, so the only update they can get is the one for the message.
    const chat = await shopperInConversation();
    const owner = await agent();
    const ownerSecondTab = await agent();
    const second = await agent(SECOND_AGENT_EMAIL, SECOND_AGENT_PASSWORD);
    const outsider = await otherAgent();

    const updates = [owner, ownerSecondTab, second].map((socket) =>
      nextEvent(socket, 'conversation:updated'),
    );
    const outsiderQuiet = expectNothing(outsider, ['conversation:updated']);
    const { message } = await request(chat.socket, 'message:send', {
      conversationId: chat.conversationId,
      clientId: randomUUID(),
      text: 'Ada yang bisa bantu?',
    });

    for (const update of await Promise.all(updates)) {
      expect(update.conversation).toMatchObject({
        id: chat.conversationId,
        businessId: demoBusinessId,
        lastSeq: message.seq,
        lastMessage: message,
        unreadCount: 1,
      });
    }
    await outsiderQuiet;
  });
});
