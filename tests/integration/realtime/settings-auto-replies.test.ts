import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { nextEvent, request, type TestSocket } from '../../support/clients';
import { useRealtimeHarness } from '../../support/harness';
import { storeKinds } from '../../support/store';
import type { Message } from '@/lib/protocol/chat.schema';

jest.setTimeout(60_000);

const ALWAYS_OPEN = Object.fromEntries(
  ['0', '1', '2', '3', '4', '5', '6'].map((day) => [day, [['00:00', '24:00']]]),
);
// No opening time on any day: closed whenever the test runs.
const ALWAYS_CLOSED = Object.fromEntries(
  ['0', '1', '2', '3', '4', '5', '6'].map((day) => [day, []]),
);

describe.each(storeKinds())('greeting and away message (%s)', (kind) => {
  const harness = useRealtimeHarness(kind);
  const { agent, shopper } = harness;

  async function configure(settings: Record<string, unknown>) {
    await request(await agent(), 'settings:update', settings);
  }

  async function openChat(): Promise<{
    socket: TestSocket;
    conversationId: string;
    messages: Message[];
  }> {
    const socket = await shopper();
    const opened = await request(socket, 'conversation:open', { businessSlug: 'demo' });
    return { socket, conversationId: opened.conversation.id, messages: opened.messages };
  }

  const send = (socket: TestSocket, conversationId: string, text: string) =>
    request(socket, 'message:send', { conversationId, clientId: randomUUID(), text });

  async function storedKinds(conversationId: string): Promise<string[]> {
    const rows = await harness.store.db
      .selectFrom('messages')
      .select('kind')
      .where('conversation_id', '=', conversationId)
      .orderBy('seq')
      .execute();
    return rows.map((row) => row.kind);
  }

  /** Waits until the conversation holds `count` messages; automatic replies follow the ack. */
  async function settled(conversationId: string, count: number): Promise<string[]> {
    for (let attempt = 0; attempt < 50; attempt += 1) {
      const kinds = await storedKinds(conversationId);
      if (kinds.length >= count) return kinds;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    return storedKinds(conversationId);
  }

  /** Moves the whole conversation `days` into the past, as if nobody had written since. */
  async function ageConversation(conversationId: string, days: number) {
    const shift = sql`${`${days} days`}::interval`;
    await harness.store.db
      .updateTable('messages')
      .set({ created_at: sql`created_at - ${shift}` })
      .where('conversation_id', '=', conversationId)
      .execute();
    await harness.store.db
      .updateTable('conversations')
      .set({
        created_at: sql`created_at - ${shift}`,
        last_message_at: sql`last_message_at - ${shift}`,
      })
      .where('id', '=', conversationId)
      .execute();
  }

  test('a changed greeting reaches the next new shopper at once', async () => {
    await configure({ greetingEnabled: true, greetingText: 'Salam baru dari Griya!' });
    const { messages } = await openChat();
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatchObject({
      kind: 'greeting',
      sender: 'business',
      text: 'Salam baru dari Griya!',
    });
  });

  test('with the greeting off a new shopper gets none', async () => {
    await configure({ greetingEnabled: false });
    const { messages } = await openChat();
    expect(messages).toEqual([]);
    await configure({ greetingEnabled: true });
  });

  describe('after 14 days of silence', () => {
    beforeAll(() =>
      configure({ hours: ALWAYS_OPEN, awayEnabled: false, greetingText: 'Halo lagi!' }),
    );

    test('13 days of silence: opening again does not greet', async () => {
      const { socket, conversationId } = await openChat();
      await send(socket, conversationId, 'Halo');
      await ageConversation(conversationId, 13);
      const again = await request(socket, 'conversation:open', { businessSlug: 'demo' });
      expect(again.messages.map((m) => m.kind)).toEqual(['greeting', 'text']);
    });

    test('opening greets again, once, and agents in the room see it live', async () => {
      const { socket, conversationId } = await openChat();
      await send(socket, conversationId, 'Halo');
      await ageConversation(conversationId, 14);
      const staff = await agent();
      await request(staff, 'conversation:join', { conversationId });
      const live = nextEvent(staff, 'message:created');

      // Two tabs opening at once store one greeting.
      const secondTab = await shopper(
        (
          await harness.store.db
            .selectFrom('conversations')
            .select('shopper_id')
            .where('id', '=', conversationId)
            .executeTakeFirstOrThrow()
        ).shopper_id,
      );
      const [first, second] = await Promise.all([
        request(socket, 'conversation:open', { businessSlug: 'demo' }),
        request(secondTab, 'conversation:open', { businessSlug: 'demo' }),
      ]);
      expect((await live).message).toMatchObject({ kind: 'greeting', seq: 3, text: 'Halo lagi!' });
      expect(first.messages.map((m) => m.kind)).toEqual(['greeting', 'text', 'greeting']);
      expect(second.messages.map((m) => m.kind)).toEqual(['greeting', 'text', 'greeting']);
      expect(await storedKinds(conversationId)).toEqual(['greeting', 'text', 'greeting']);
    });

    test('a shopper writing after the silence gets the greeting after their message, once', async () => {
      const { socket, conversationId } = await openChat();
      await send(socket, conversationId, 'Halo');
      await ageConversation(conversationId, 15);
      const greeted = nextEvent(socket, 'message:created');
      const { message } = await send(socket, conversationId, 'Masih buka?');
      expect(message).toMatchObject({ seq: 3, kind: 'text' });
      expect((await greeted).message).toMatchObject({
        seq: 4,
        kind: 'greeting',
        text: 'Halo lagi!',
      });
      await send(socket, conversationId, 'Terima kasih');
      expect(await settled(conversationId, 5)).toEqual([
        'greeting',
        'text',
        'text',
        'greeting',
        'text',
      ]);
    });
  });

  describe('outside business hours', () => {
    beforeAll(() =>
      configure({
        hours: ALWAYS_CLOSED,
        awayEnabled: true,
        awayText: 'Kami sedang tutup, balas besok pagi.',
      }),
    );

    test('a shopper message gets the away message once within 12 hours, after the ack, live to agents', async () => {
      const { socket, conversationId } = await openChat();
      const staff = await agent();
      await request(staff, 'conversation:join', { conversationId });
      const toAgent = nextEvent(staff, 'message:created');
      const toShopper = nextEvent(socket, 'message:created');

      const { message } = await send(socket, conversationId, 'Halo, masih buka?');
      expect(message).toMatchObject({ kind: 'text', sender: 'shopper', seq: 2 });
      // The agent first hears the shopper's message, then the away message.
      expect((await toAgent).message.seq).toBe(2);
      const away = (await toShopper).message;
      expect(away).toMatchObject({
        kind: 'away',
        sender: 'business',
        seq: 3,
        text: 'Kami sedang tutup, balas besok pagi.',
        agentName: null,
      });

      await send(socket, conversationId, 'Halo?');
      await send(socket, conversationId, 'Ada orang?');
      expect(await settled(conversationId, 5)).toEqual([
        'greeting',
        'text',
        'away',
        'text',
        'text',
      ]);
    });

    test('two messages at once send one away message', async () => {
      const { socket, conversationId } = await openChat();
      await Promise.all([
        send(socket, conversationId, 'Satu'),
        send(socket, conversationId, 'Dua'),
        send(socket, conversationId, 'Tiga'),
      ]);
      const kinds = await settled(conversationId, 5);
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(await storedKinds(conversationId)).toEqual(kinds);
      expect(kinds.filter((k) => k === 'away')).toHaveLength(1);
    });

    test('12 hours after the last away message the next shopper message gets it again', async () => {
      const { socket, conversationId } = await openChat();
      await send(socket, conversationId, 'Halo');
      expect(await settled(conversationId, 3)).toEqual(['greeting', 'text', 'away']);

      const moveAwayBack = (hours: number) =>
        harness.store.db
          .updateTable('conversations')
          .set({ away_sent_at: sql`away_sent_at - ${`${hours} hours`}::interval` })
          .where('id', '=', conversationId)
          .execute();
      await moveAwayBack(11);
      await send(socket, conversationId, 'Sebelas jam kemudian');
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(await storedKinds(conversationId)).toEqual(['greeting', 'text', 'away', 'text']);

      await moveAwayBack(1);
      await send(socket, conversationId, 'Dua belas jam kemudian');
      expect(await settled(conversationId, 6)).toEqual([
        'greeting',
        'text',
        'away',
        'text',
        'text',
        'away',
      ]);
    });

    test('agent replies never trigger the away message, and none is sent while open or when it is off', async () => {
      const { socket, conversationId } = await openChat();
      const staff = await agent();
      await send(staff, conversationId, 'Balasan dari toko');
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(await storedKinds(conversationId)).toEqual(['greeting', 'text']);

      await configure({ hours: ALWAYS_OPEN });
      await send(socket, conversationId, 'Sekarang buka?');
      await configure({ hours: ALWAYS_CLOSED, awayEnabled: false });
      await send(socket, conversationId, 'Dan sekarang?');
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(await storedKinds(conversationId)).toEqual(['greeting', 'text', 'text', 'text']);
      await configure({ awayEnabled: true });
    });
  });
});
