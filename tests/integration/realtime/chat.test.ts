import { randomUUID } from 'node:crypto';
import { nextEvent, request } from '../../support/clients';
import { useRealtimeHarness } from '../../support/harness';
import { storeKinds } from '../../support/store';

jest.setTimeout(60_000);

describe.each(storeKinds())('live chat between a shopper and the demo business (%s)', (kind) => {
  const harness = useRealtimeHarness(kind);
  const { shopper, agent } = harness;

  test('first contact creates the conversation with the greeting; opening again does not repeat it', async () => {
    const id = randomUUID();
    const first = await request(await shopper(id), 'conversation:open', { businessSlug: 'demo' });
    expect(first.messages).toHaveLength(1);
    expect(first.messages[0]).toMatchObject({ seq: 1, sender: 'business', kind: 'greeting' });

    const again = await request(await shopper(id), 'conversation:open', { businessSlug: 'demo' });
    expect(again.conversation.id).toBe(first.conversation.id);
    expect(again.messages).toHaveLength(1);
  });

  test('a shopper message is acked with its sequence number and reaches the agent live; the reply comes back', async () => {
    const customer = await shopper();
    const { conversation } = await request(customer, 'conversation:open', { businessSlug: 'demo' });
    const staff = await agent();
    await request(staff, 'conversation:join', { conversationId: conversation.id });

    const received = nextEvent(staff, 'message:created');
    const clientId = randomUUID();
    const { message } = await request(customer, 'message:send', {
      conversationId: conversation.id,
      clientId,
      text: '  Halo, ada batik ukuran L?  ',
    });
    expect(message).toMatchObject({
      seq: 2,
      clientId,
      sender: 'shopper',
      text: 'Halo, ada batik ukuran L?',
    });
    expect((await received).message).toEqual(message);

    const reply = nextEvent(customer, 'message:created');
    await request(staff, 'message:send', {
      conversationId: conversation.id,
      clientId: randomUUID(),
      text: 'Ada, kak!',
    });
    expect((await reply).message).toMatchObject({
      seq: 3,
      sender: 'business',
      text: 'Ada, kak!',
      agentName: 'Owner',
    });
  });

  test('a retried send is stored once and acked with the same message', async () => {
    const customer = await shopper();
    const { conversation } = await request(customer, 'conversation:open', { businessSlug: 'demo' });
    const payload = {
      conversationId: conversation.id,
      clientId: randomUUID(),
      text: 'Sekali saja',
    };
    const [a, b] = await Promise.all([
      request(customer, 'message:send', payload),
      request(customer, 'message:send', payload),
    ]);
    const c = await request(customer, 'message:send', payload);
    expect(a.message).toEqual(b.message);
    expect(c.message).toEqual(a.message);
    const stored = await harness.store.db
      .selectFrom('messages')
      .selectAll()
      .where('conversation_id', '=', conversation.id)
      .execute();
    expect(stored.filter((row) => row.client_id === payload.clientId)).toHaveLength(1);
  });

  test('after a dropped connection the shopper syncs exactly what came after its last sequence number', async () => {
    const id = randomUUID();
    const customer = await shopper(id);
    const { conversation, messages } = await request(customer, 'conversation:open', {
      businessSlug: 'demo',
    });
    const lastSeen = messages.at(-1)?.seq ?? 0;
    customer.close();

    const staff = await agent();
    for (const text of ['satu', 'dua', 'tiga']) {
      await request(staff, 'message:send', {
        conversationId: conversation.id,
        clientId: randomUUID(),
        text,
      });
    }
    const back = await shopper(id);
    await request(back, 'conversation:open', { businessSlug: 'demo' });
    const page = await request(back, 'message:sync', {
      conversationId: conversation.id,
      afterSeq: lastSeen,
    });
    expect(page.messages.map((m) => m.text)).toEqual(['satu', 'dua', 'tiga']);
    expect(page.messages.map((m) => m.seq)).toEqual([lastSeen + 1, lastSeen + 2, lastSeen + 3]);
    expect(page.hasMore).toBe(false);
  });

  test('receipts move forward only and are broadcast to the conversation', async () => {
    const customer = await shopper();
    const { conversation } = await request(customer, 'conversation:open', { businessSlug: 'demo' });
    const { message } = await request(customer, 'message:send', {
      conversationId: conversation.id,
      clientId: randomUUID(),
      text: 'Dibaca?',
    });
    const staff = await agent();
    await request(staff, 'conversation:join', { conversationId: conversation.id });

    const update = nextEvent(customer, 'receipt:updated');
    const { receipts } = await request(staff, 'receipt:update', {
      conversationId: conversation.id,
      readSeq: message.seq,
    });
    expect(receipts.business).toEqual({ deliveredSeq: message.seq, readSeq: message.seq });
    expect((await update).receipts).toEqual(receipts);

    const back = await request(staff, 'receipt:update', {
      conversationId: conversation.id,
      deliveredSeq: 1,
      readSeq: 1,
    });
    expect(back.receipts.business.readSeq).toBe(message.seq);
    const beyond = await request(staff, 'receipt:update', {
      conversationId: conversation.id,
      readSeq: 9999,
    });
    expect(beyond.receipts.business.readSeq).toBe(message.seq);
  });

  test('typing indicators travel both ways', async () => {
    const customer = await shopper();
    const { conversation } = await request(customer, 'conversation:open', { businessSlug: 'demo' });
    const staff = await agent();
    await request(staff, 'conversation:join', { conversationId: conversation.id });

    const atAgent = nextEvent(staff, 'typing:updated');
    await request(customer, 'typing:update', { conversationId: conversation.id, typing: true });
    expect(await atAgent).toMatchObject({
      conversationId: conversation.id,
      sender: 'shopper',
      typing: true,
    });

    const atShopper = nextEvent(customer, 'typing:updated');
    await request(staff, 'typing:update', { conversationId: conversation.id, typing: true });
    expect(await atShopper).toMatchObject({ sender: 'business', typing: true, agentName: 'Owner' });
  });
});
