// The chaos run's checks must see the faults they exist for: a chaos test that cannot fail proves
// nothing.
import type { AgentView } from '@/bench/chaos/agent';
import type { ShopperLog } from '@/bench/chaos/shopper';
import { verify, type StoreSnapshot, type StoredMessage } from '@/bench/chaos/verify';
import type { Message } from '@/lib/protocol/chat.schema';

const conversationId = 'c1';

function stored(seq: number, clientId: string): StoredMessage {
  return { id: `id-${clientId}`, conversationId, clientId, seq, sender: 'shopper' };
}

function shopperSent(...clientIds: string[]): ShopperLog {
  const messages = clientIds.map((clientId, index) => ({
    clientId,
    text: clientId,
    acked: { id: `id-${clientId}`, seq: index + 1 },
    attempts: 1,
  }));
  return { conversationId, messages, refusals: [] };
}

function snapshot(messages: StoredMessage[], lastSeq = messages.length): StoreSnapshot {
  return { messages, lastSeq: new Map([[conversationId, lastSeq]]) };
}

function agentSaw(messages: StoredMessage[], live = messages.map((m) => m.clientId)): AgentView {
  const asMessage = (m: StoredMessage) => ({ ...m, conversationId }) as unknown as Message;
  const liveCount = new Map<string, number>();
  for (const clientId of live) liveCount.set(clientId, (liveCount.get(clientId) ?? 0) + 1);
  return {
    conversations: new Map([[conversationId, messages.map(asMessage)]]),
    liveCount,
    conflicts: [],
    receivedBySync: 0,
  };
}

const clean = [stored(1, 'a'), stored(2, 'b'), stored(3, 'c')];

test('a clean run counts nothing wrong', () => {
  expect(verify([shopperSent('a', 'b', 'c')], snapshot(clean), agentSaw(clean))).toMatchObject({
    sent: 3,
    acked: 3,
    stored: 3,
    duplicates: 0,
    agentDuplicates: 0,
    lost: 0,
    gaps: 0,
    outOfOrder: 0,
    agentMissing: 0,
  });
});

test('an acked message missing from the store is lost, and leaves a gap under lastSeq', () => {
  const store = [stored(1, 'a'), stored(3, 'c')];
  const counts = verify([shopperSent('a', 'b', 'c')], snapshot(store, 3), agentSaw(store));
  expect(counts).toMatchObject({ lost: 1, gaps: 1 });
});

test('a message stored twice is a duplicate; one broadcast twice is a duplicate at the agent', () => {
  const twice = [...clean, stored(4, 'c')];
  const storedTwice = verify(
    [shopperSent('a', 'b', 'c')],
    snapshot(twice),
    agentSaw(twice, ['a', 'b', 'c']),
  );
  expect(storedTwice).toMatchObject({ duplicates: 1, agentDuplicates: 0 });
  const broadcastTwice = agentSaw(clean, ['a', 'b', 'c', 'c']);
  expect(verify([shopperSent('a', 'b', 'c')], snapshot(clean), broadcastTwice)).toMatchObject({
    duplicates: 0,
    agentDuplicates: 1,
  });
});

test("a shopper's messages stored out of its sending order are counted", () => {
  const swapped = [stored(1, 'a'), stored(2, 'c'), stored(3, 'b')];
  const log = shopperSent('a', 'b', 'c');
  for (const message of log.messages) delete message.acked;
  expect(verify([log], snapshot(swapped), agentSaw(swapped))).toMatchObject({ outOfOrder: 1 });
});

test('a stored message the agent never received is missing at the agent', () => {
  const counts = verify([shopperSent('a', 'b', 'c')], snapshot(clean), agentSaw(clean.slice(0, 2)));
  expect(counts).toMatchObject({ agentMissing: 1 });
});
