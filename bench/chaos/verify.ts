// What the chaos run promises, checked against the store itself (read after the server stopped)
// and against what the agent received.
import { openStore, type StoreOptions } from '../../lib/store/connect';
import type { AgentView } from './agent';
import type { ShopperLog } from './shopper';

export interface StoredMessage {
  id: string;
  conversationId: string;
  clientId: string;
  seq: number;
  sender: 'shopper' | 'business';
}

export interface StoreSnapshot {
  messages: StoredMessage[];
  lastSeq: Map<string, number>;
}

export async function readStore(
  location: StoreOptions,
  conversationIds: string[],
): Promise<StoreSnapshot> {
  const store = await openStore(location);
  try {
    const rows = await store.db
      .selectFrom('messages')
      .select(['id', 'conversation_id', 'client_id', 'seq', 'sender'])
      .where('conversation_id', 'in', conversationIds)
      .orderBy('conversation_id')
      .orderBy('seq')
      .execute();
    const conversations = await store.db
      .selectFrom('conversations')
      .select(['id', 'last_seq'])
      .where('id', 'in', conversationIds)
      .execute();
    return {
      messages: rows.map((row) => ({
        id: row.id,
        conversationId: row.conversation_id,
        clientId: row.client_id,
        seq: row.seq,
        sender: row.sender,
      })),
      lastSeq: new Map(conversations.map((row) => [row.id, row.last_seq])),
    };
  } finally {
    await store.close();
  }
}

export interface ChaosCounts {
  sent: number;
  acked: number;
  /** Shopper messages in the store. */
  stored: number;
  /** Stored more than once (copies beyond the first, by client id). */
  duplicates: number;
  /** message:created sent to the agent more than once for one message (copies beyond the first). */
  agentDuplicates: number;
  /** Acked but not in the store, or stored under another id or seq than the ack said. */
  lost: number;
  /** Seqs missing from, or repeated in, 1..lastSeq of a conversation. */
  gaps: number;
  /** A shopper's messages stored out of the order that shopper sent them. */
  outOfOrder: number;
  /** Stored messages the agent never received, live or by sync. */
  agentMissing: number;
  /** How the agent got messages: live message:created events, and messages in sync pages. */
  agentLive: number;
  agentBySync: number;
  /** Sends the server refused for good, and anything else that contradicts the protocol. */
  errors: string[];
}

export function verify(
  shoppers: ShopperLog[],
  stored: StoreSnapshot,
  agent: AgentView,
): ChaosCounts {
  const errors = shoppers.flatMap((shopper) => shopper.refusals).concat(agent.conflicts);
  const sent = shoppers.flatMap((shopper) => shopper.messages);
  const acked = sent.filter((message) => message.acked);
  const byClientId = new Map<string, StoredMessage[]>();
  for (const message of stored.messages) {
    const key = `${message.conversationId}/${message.clientId}`;
    byClientId.set(key, [...(byClientId.get(key) ?? []), message]);
  }
  let storedDuplicates = 0;
  for (const copies of byClientId.values()) storedDuplicates += copies.length - 1;

  let lost = 0;
  let outOfOrder = 0;
  for (const shopper of shoppers) {
    let previousSeq = 0;
    for (const message of shopper.messages) {
      const copies = byClientId.get(`${shopper.conversationId}/${message.clientId}`) ?? [];
      const [copy] = copies;
      if (
        message.acked &&
        (!copy || copy.id !== message.acked.id || copy.seq !== message.acked.seq)
      ) {
        lost += 1;
      }
      if (copy) {
        if (copy.seq <= previousSeq) outOfOrder += 1;
        previousSeq = copy.seq;
      }
    }
  }

  let gaps = 0;
  for (const [conversationId, lastSeq] of stored.lastSeq) {
    const seqs = stored.messages
      .filter((m) => m.conversationId === conversationId)
      .map((m) => m.seq);
    const distinct = new Set(seqs);
    const missing = Array.from({ length: lastSeq }, (_, i) => i + 1).filter(
      (s) => !distinct.has(s),
    );
    const extra = seqs.length - seqs.filter((seq) => seq >= 1 && seq <= lastSeq).length;
    gaps += missing.length + extra + (seqs.length - distinct.size);
  }

  let agentDuplicates = 0;
  for (const count of agent.liveCount.values()) agentDuplicates += Math.max(0, count - 1);
  // The agent holds one message per seq (§7.4), so a client id held twice was stored twice.
  const agentHeld = new Map<string, string>();
  for (const messages of agent.conversations.values()) {
    for (const message of messages)
      agentHeld.set(`${message.conversationId}/${message.clientId}`, message.id);
  }
  const agentMissing = stored.messages.filter(
    (message) => agentHeld.get(`${message.conversationId}/${message.clientId}`) !== message.id,
  ).length;

  return {
    sent: sent.length,
    acked: acked.length,
    stored: stored.messages.filter((message) => message.sender === 'shopper').length,
    duplicates: storedDuplicates,
    agentDuplicates,
    lost,
    gaps,
    outOfOrder,
    agentMissing,
    agentLive: [...agent.liveCount.values()].reduce((sum, count) => sum + count, 0),
    agentBySync: agent.receivedBySync,
    errors,
  };
}
