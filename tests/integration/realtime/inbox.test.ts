import { randomUUID } from 'node:crypto';
import { nextEvent, request } from '../../support/clients';
import { fillCart, productBySku, sendPayload } from '../../support/commerce';
import { useRealtimeHarness } from '../../support/harness';
import { eventWhere } from '../../support/expectations';
import { shopperWhoWrote } from '../../support/inbox';
import { SECOND_AGENT_EMAIL, SECOND_AGENT_PASSWORD, addSecondDemoAgent } from '../../support/seed';
import { storeKinds } from '../../support/store';

jest.setTimeout(60_000);

describe.each(storeKinds())('the inbox (%s)', (kind) => {
  const harness = useRealtimeHarness(kind);
  const { shopper, agent } = harness;

  beforeAll(() => addSecondDemoAgent(harness.store));

  test('a summary carries no name, no labels and no pending orders until there are some', async () => {
    const owner = await agent();
    const { conversationId } = await shopperWhoWrote(await shopper());
    const { conversations } = await request(owner, 'conversation:list', { limit: 100 });
    expect(conversations.find((c) => c.id === conversationId)).toMatchObject({
      shopperName: null,
      labels: [],
      pendingOrderCount: 0,
      unreadCount: 1,
    });
  });

  test('a sent cart flags the conversation with a pending order until an agent accepts it, live for a second agent', async () => {
    const owner = await agent();
    const second = await agent(SECOND_AGENT_EMAIL, SECOND_AGENT_PASSWORD);
    const customer = await shopper();
    const bowl = await productBySku(harness.store, 'mangkuk-kayu-jati');
    const { conversationId, cart } = await fillCart(customer, [
      { productId: bowl.id, quantity: 1 },
    ]);

    const pending = eventWhere(
      second,
      'conversation:updated',
      ({ conversation }) =>
        conversation.id === conversationId && conversation.pendingOrderCount > 0,
    );
    const { message } = await request(customer, 'cart:send', sendPayload(conversationId, cart));
    expect((await pending).conversation).toMatchObject({
      pendingOrderCount: 1,
      lastMessage: message,
    });
    const listed = await request(owner, 'conversation:list', { limit: 100 });
    expect(listed.conversations.find((c) => c.id === conversationId)?.pendingOrderCount).toBe(1);

    const settled = eventWhere(
      second,
      'conversation:updated',
      ({ conversation }) =>
        conversation.id === conversationId && conversation.pendingOrderCount === 0,
    );
    await request(owner, 'order:accept', { orderId: message.order!.id });
    expect((await settled).conversation.lastMessage?.kind).toBe('receipt');
  });

  test('declining an order clears the pending flag too', async () => {
    const owner = await agent();
    const customer = await shopper();
    const bowl = await productBySku(harness.store, 'mangkuk-kayu-jati');
    const { conversationId, cart } = await fillCart(customer, [
      { productId: bowl.id, quantity: 1 },
    ]);
    const { message } = await request(customer, 'cart:send', sendPayload(conversationId, cart));
    const settled = eventWhere(
      owner,
      'conversation:updated',
      ({ conversation }) =>
        conversation.id === conversationId && conversation.pendingOrderCount === 0,
    );
    await request(owner, 'order:decline', { orderId: message.order!.id, reason: 'Stok habis' });
    await settled;
  });

  test("a shopper's message reaches a second agent's inbox and the joined conversation live; agent replies reach the other agent", async () => {
    const customer = await shopper();
    const { conversationId } = await shopperWhoWrote(customer, 'Pertama');
    const owner = await agent();
    const second = await agent(SECOND_AGENT_EMAIL, SECOND_AGENT_PASSWORD);
    await request(owner, 'conversation:join', { conversationId });
    await request(second, 'conversation:join', { conversationId });

    const inSecondInbox = eventWhere(
      second,
      'conversation:updated',
      ({ conversation }) => conversation.lastMessage?.text === 'Kedua',
    );
    const inSecondView = nextEvent(second, 'message:created');
    await request(customer, 'message:send', {
      conversationId,
      clientId: randomUUID(),
      text: 'Kedua',
    });
    expect((await inSecondInbox).conversation.unreadCount).toBe(2);
    expect((await inSecondView).message.text).toBe('Kedua');

    const replyAtSecond = nextEvent(second, 'message:created');
    const replyAtShopper = nextEvent(customer, 'message:created');
    const { message: reply } = await request(owner, 'message:send', {
      conversationId,
      clientId: randomUUID(),
      text: 'Siap, kak!',
    });
    expect((await replyAtSecond).message).toEqual(reply);
    expect((await replyAtShopper).message.agentName).toBe(reply.agentName);
  });

  test("an agent's read mark reaches the shopper as read ticks and zeroes the unread count for every agent", async () => {
    const customer = await shopper();
    const { conversationId, message } = await shopperWhoWrote(customer, 'Sudah dibaca?');
    const owner = await agent();
    const second = await agent(SECOND_AGENT_EMAIL, SECOND_AGENT_PASSWORD);
    await request(owner, 'conversation:join', { conversationId });

    const ticks = nextEvent(customer, 'receipt:updated');
    const zeroed = eventWhere(
      second,
      'conversation:updated',
      ({ conversation }) => conversation.id === conversationId && conversation.unreadCount === 0,
    );
    await request(owner, 'receipt:update', { conversationId, readSeq: message.seq });
    expect((await ticks).receipts.business.readSeq).toBe(message.seq);
    await zeroed;
  });

  test('the unread filter lists only conversations with unread shopper messages, and paging keeps the filter', async () => {
    const owner = await agent();
    const unread = await shopperWhoWrote(await shopper(), 'Belum dibaca');
    const read = await shopperWhoWrote(await shopper(), 'Sudah dibaca');
    await request(owner, 'receipt:update', {
      conversationId: read.conversationId,
      readSeq: read.message.seq,
    });
    const { conversations } = await request(owner, 'conversation:list', {
      unreadOnly: true,
      limit: 100,
    });
    const ids = conversations.map((c) => c.id);
    expect(ids).toContain(unread.conversationId);
    expect(ids).not.toContain(read.conversationId);
    expect(conversations.every((c) => c.unreadCount > 0)).toBe(true);

    const first = await request(owner, 'conversation:list', { unreadOnly: true, limit: 1 });
    const next = await request(owner, 'conversation:list', {
      unreadOnly: true,
      limit: 100,
      before: first.conversations[0]!.lastMessageAt,
    });
    expect(next.conversations.every((c) => c.unreadCount > 0)).toBe(true);
    expect(next.conversations.map((c) => c.id)).not.toContain(first.conversations[0]!.id);
  });
});
