import { randomUUID } from 'node:crypto';
import {
  chatReducer,
  deliveryOf,
  initialChatState,
  syncedSeq,
  leavesGap,
  mergeMessages,
  type ChatState,
  type PendingMessage,
} from '@/lib/client/chat-state';
import type { Conversation, Message, Receipts, Sender } from '@/lib/protocol/chat.schema';

const conversationId = randomUUID();

function message(
  seq: number,
  sender: Sender = 'shopper',
  clientId: string = randomUUID(),
): Message {
  return {
    id: randomUUID(),
    clientId,
    conversationId,
    seq,
    sender,
    kind: 'text',
    text: `message ${seq}`,
    order: null,
    agentName: sender === 'business' ? 'Owner' : null,
    createdAt: new Date(Date.UTC(2025, 0, 6, 5, seq)).toISOString(),
  };
}

function pending(clientId: string = randomUUID(), text = 'on its way'): PendingMessage {
  return { clientId, text, createdAt: '2025-01-06T05:00:00.000Z', failed: false };
}

function receipts(business: [number, number], shopper: [number, number] = [0, 0]): Receipts {
  return {
    business: { deliveredSeq: business[0], readSeq: business[1] },
    shopper: { deliveredSeq: shopper[0], readSeq: shopper[1] },
  };
}

const conversation: Conversation = {
  id: conversationId,
  businessId: randomUUID(),
  shopperId: randomUUID(),
  lastSeq: 3,
  receipts: receipts([1, 1], [2, 2]),
  createdAt: '2025-01-06T05:00:00.000Z',
  lastMessageAt: '2025-01-06T05:03:00.000Z',
};

function withMessages(...messages: Message[]): ChatState {
  return { ...initialChatState, messages };
}

describe('mergeMessages', () => {
  test('keeps messages in sequence order whatever order they arrive in', () => {
    const merged = mergeMessages([message(2), message(5)], [message(4), message(1), message(3)]);
    expect(merged.map((m) => m.seq)).toEqual([1, 2, 3, 4, 5]);
  });

  test('never holds two messages with the same sequence number', () => {
    const known = [message(1), message(2)];
    const merged = mergeMessages(known, [message(2), message(2), message(3)]);
    expect(merged.map((m) => m.seq)).toEqual([1, 2, 3]);
  });

  test('merging the same page twice changes nothing', () => {
    const page = [message(1), message(2), message(3)];
    const once = mergeMessages([], page);
    expect(mergeMessages(once, page)).toEqual(once);
  });

  test('leaves the arrays it was given untouched', () => {
    const known = [message(3)];
    const incoming = [message(1)];
    mergeMessages(known, incoming);
    expect(known.map((m) => m.seq)).toEqual([3]);
    expect(incoming.map((m) => m.seq)).toEqual([1]);
  });
});

describe('syncedSeq and leavesGap', () => {
  test('syncedSeq is 0 with no messages, else the end of the gap-free run from the first known message', () => {
    expect(syncedSeq(initialChatState)).toBe(0);
    expect(syncedSeq(withMessages(message(1), message(2), message(3)))).toBe(3);
    expect(syncedSeq(withMessages(message(1), message(2), message(7)))).toBe(2);
    expect(syncedSeq(withMessages(message(51), message(52)))).toBe(52);
  });

  test('a message after an out-of-turn one still counts as a gap', () => {
    const state = withMessages(message(1), message(2), message(5));
    expect(leavesGap(state, message(6))).toBe(true);
  });

  test('the next sequence number leaves no gap; one further on does', () => {
    const state = withMessages(message(1), message(2));
    expect(leavesGap(state, message(3))).toBe(false);
    expect(leavesGap(state, message(4))).toBe(true);
  });

  test('a message already known or older leaves no gap', () => {
    const state = withMessages(message(1), message(2), message(3));
    expect(leavesGap(state, message(2))).toBe(false);
  });

  test('with nothing known yet no gap can be told', () => {
    expect(leavesGap(initialChatState, message(5))).toBe(false);
  });
});

describe('chatReducer', () => {
  test('opened takes the conversation, its receipts and messages in order', () => {
    const state = chatReducer(initialChatState, {
      type: 'opened',
      conversation,
      messages: [message(3), message(2)],
      hasEarlier: true,
    });
    expect(state.conversation).toEqual(conversation);
    expect(state.receipts).toEqual(conversation.receipts);
    expect(state.messages.map((m) => m.seq)).toEqual([2, 3]);
    expect(state.hasEarlier).toBe(true);
  });

  test('opening again after a reconnect keeps what is known and leaves the rest to message:sync', () => {
    // The opening page holds only the latest messages; merging it could hide the ones in between.
    const before = withMessages(message(1), message(2));
    const state = chatReducer(before, {
      type: 'opened',
      conversation,
      messages: [message(60), message(61)],
      hasEarlier: true,
    });
    expect(state.messages.map((m) => m.seq)).toEqual([1, 2]);
    expect(syncedSeq(state)).toBe(2);
    expect(state.conversation).toEqual(conversation);
  });

  test('a pending message disappears once a message with its client id is received', () => {
    const clientId = randomUUID();
    const other = pending();
    const queued = [
      { type: 'queued', pending: pending(clientId) },
      { type: 'queued', pending: other },
    ] as const;
    const withPending = queued.reduce(chatReducer, initialChatState);
    expect(withPending.pending.map((p) => p.clientId)).toEqual([clientId, other.clientId]);

    const state = chatReducer(withPending, {
      type: 'received',
      messages: [message(1, 'shopper', clientId)],
    });
    expect(state.pending).toEqual([other]);
    expect(state.messages.map((m) => m.clientId)).toEqual([clientId]);
  });

  test('a pending message confirmed by the opening page disappears as well', () => {
    const clientId = randomUUID();
    const withPending = chatReducer(initialChatState, {
      type: 'queued',
      pending: pending(clientId),
    });
    const state = chatReducer(withPending, {
      type: 'opened',
      conversation,
      messages: [message(1, 'shopper', clientId)],
      hasEarlier: false,
    });
    expect(state.pending).toEqual([]);
  });

  test('receiving the same message twice stores it once', () => {
    const received = message(1);
    const once = chatReducer(initialChatState, { type: 'received', messages: [received] });
    const twice = chatReducer(once, { type: 'received', messages: [received] });
    expect(twice.messages).toEqual([received]);
  });

  test('a failed send is marked with its error; a retry clears both; a discard removes it', () => {
    const clientId = randomUUID();
    const other = pending();
    let state = chatReducer(initialChatState, { type: 'queued', pending: pending(clientId) });
    state = chatReducer(state, { type: 'queued', pending: other });

    state = chatReducer(state, { type: 'failed', clientId, error: 'Too long' });
    expect(state.pending[0]).toMatchObject({ clientId, failed: true, error: 'Too long' });
    expect(state.pending[1]).toEqual(other);

    state = chatReducer(state, { type: 'retried', clientId });
    expect(state.pending[0]).toEqual(pending(clientId));
    expect(state.pending[0]).not.toHaveProperty('error');

    state = chatReducer(state, { type: 'discarded', clientId });
    expect(state.pending).toEqual([other]);
  });

  test('a message from the business stops its typing indicator; the shopper’s own does not', () => {
    const typing = chatReducer(initialChatState, { type: 'typing', typing: true });
    expect(typing.peerTyping).toBe(true);
    expect(
      chatReducer(typing, { type: 'received', messages: [message(1, 'shopper')] }).peerTyping,
    ).toBe(true);
    expect(
      chatReducer(typing, { type: 'received', messages: [message(1, 'business')] }).peerTyping,
    ).toBe(false);
  });

  test('earlier messages go before the known ones and set whether more exist', () => {
    const state = chatReducer(withMessages(message(3), message(4)), {
      type: 'earlier',
      messages: [message(1), message(2)],
      hasEarlier: false,
    });
    expect(state.messages.map((m) => m.seq)).toEqual([1, 2, 3, 4]);
    expect(state.hasEarlier).toBe(false);
  });

  test('receipts replace the ones held', () => {
    const next = receipts([4, 3]);
    expect(chatReducer(initialChatState, { type: 'receipts', receipts: next }).receipts).toEqual(
      next,
    );
  });

  test('does not change the state it was given', () => {
    const before = withMessages(message(1));
    const snapshot = structuredClone(before);
    chatReducer(before, { type: 'received', messages: [message(2)] });
    chatReducer(before, { type: 'queued', pending: pending() });
    expect(before).toEqual(snapshot);
  });
});

describe('deliveryOf', () => {
  const seen = receipts([5, 3]);

  test('the shopper’s own message is sent, delivered or read by how far the business has got', () => {
    expect(deliveryOf(message(6, 'shopper'), 'shopper', seen)).toBe('sent');
    expect(deliveryOf(message(5, 'shopper'), 'shopper', seen)).toBe('delivered');
    expect(deliveryOf(message(4, 'shopper'), 'shopper', seen)).toBe('delivered');
    expect(deliveryOf(message(3, 'shopper'), 'shopper', seen)).toBe('read');
    expect(deliveryOf(message(1, 'shopper'), 'shopper', seen)).toBe('read');
  });

  test('the business’s own message is judged by the shopper’s marks, not its own', () => {
    const shopperMarks = receipts([9, 9], [2, 1]);
    expect(deliveryOf(message(1, 'business'), 'business', shopperMarks)).toBe('read');
    expect(deliveryOf(message(2, 'business'), 'business', shopperMarks)).toBe('delivered');
    expect(deliveryOf(message(3, 'business'), 'business', shopperMarks)).toBe('sent');
  });

  test('the other side’s messages carry no ticks', () => {
    expect(deliveryOf(message(1, 'business'), 'shopper', seen)).toBeNull();
    expect(deliveryOf(message(1, 'shopper'), 'business', seen)).toBeNull();
  });
});

describe('chatReducer with the device copy and the outbox', () => {
  test('the device copy shows until the server opens the same conversation, then syncing goes on from it', () => {
    const restored = chatReducer(initialChatState, {
      type: 'restored',
      conversation,
      messages: [message(2), message(1)],
      hasEarlier: false,
    });
    expect(restored.messages.map((m) => m.seq)).toEqual([1, 2]);
    expect(restored.conversation).toEqual(conversation);

    const opened = chatReducer(restored, {
      type: 'opened',
      conversation,
      messages: [message(40)],
      hasEarlier: true,
    });
    expect(opened.messages.map((m) => m.seq)).toEqual([1, 2]);
    expect(syncedSeq(opened)).toBe(2);
  });

  test('a device copy of another conversation (a new shopper) is replaced by what the server opens', () => {
    const restored = chatReducer(initialChatState, {
      type: 'restored',
      conversation,
      messages: [message(1), message(2)],
      hasEarlier: false,
    });
    const other = { ...conversation, id: randomUUID() };
    const mine = { ...message(1, 'business'), conversationId: other.id };
    const opened = chatReducer(restored, {
      type: 'opened',
      conversation: other,
      messages: [mine],
      hasEarlier: false,
    });
    expect(opened.messages).toEqual([mine]);
    expect(opened.conversation).toEqual(other);
  });

  test('the device copy never overwrites what the server already answered', () => {
    const opened = chatReducer(initialChatState, {
      type: 'opened',
      conversation,
      messages: [message(1), message(2), message(3)],
      hasEarlier: false,
    });
    const late = chatReducer(opened, {
      type: 'restored',
      conversation,
      messages: [message(1)],
      hasEarlier: false,
    });
    expect(late).toBe(opened);
  });

  test('reading the outbox again (reload, another tab) shows each queued send once, and none already stored', () => {
    const clientId = randomUUID();
    let state = chatReducer(initialChatState, { type: 'queued', pending: pending(clientId) });
    state = chatReducer(state, { type: 'queued', pending: pending(clientId) });
    expect(state.pending).toHaveLength(1);

    const stored = message(2, 'shopper', clientId);
    state = chatReducer(state, { type: 'received', messages: [stored] });
    state = chatReducer(state, { type: 'queued', pending: pending(clientId) });
    expect(state.pending).toEqual([]);
  });

  test('a queued cart fails with its code for a translated reason; retry clears it', () => {
    const clientId = randomUUID();
    const cart = {
      ...pending(clientId, ''),
      order: { itemCount: 2, subtotal: 570000, currency: 'IDR' },
    };
    let state = chatReducer(initialChatState, { type: 'queued', pending: cart });
    state = chatReducer(state, {
      type: 'failed',
      clientId,
      error: 'Your cart or the catalog changed.',
      reason: 'CART_CHANGED',
    });
    expect(state.pending[0]).toMatchObject({
      failed: true,
      reason: 'CART_CHANGED',
      order: cart.order,
    });
    state = chatReducer(state, { type: 'retried', clientId });
    expect(state.pending[0]).toEqual(cart);
  });
});
