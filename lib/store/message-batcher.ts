// Commits the messages sent in one tick together: one transaction and a few multi-row statements
// for the whole batch, instead of a transaction and several statements per message. Each message
// keeps what a single send promised: stored once per client id, numbered in its conversation
// without gaps and in the order it arrived, and failing alone when it cannot be stored.
import { sql, type Kysely, type Transaction } from 'kysely';
import { carryReferral } from './link-open.repository';
import { withOrders, type MessageWithAgent, type NewMessage } from './message.repository';
import type { AutoReplySettings } from '../business/auto-replies';
import type { ConversationRow, Database, LabelRow, MessageRow } from './schema';

/** Large enough to take a busy tick whole; a bigger backlog goes in the batches that follow. */
export const MAX_BATCH = 256;

export interface BatchedMessage extends NewMessage {
  /** Who is writing: the conversation's own shopper, or an agent of its business. */
  author: { shopperId: string } | { businessId: string };
  /** The writing agent's name, which agent messages carry; null for shoppers. */
  agentName: string | null;
}

export type BatchOutcome =
  | {
      stored: true;
      created: true;
      row: MessageWithAgent;
      /** The conversation once the batch was numbered. */
      conversation: ConversationRow;
      /** The conversation just before this message: what came before it and when. */
      before: ConversationRow;
      /** Read with the conversation: what its inbox row and automatic replies need. */
      extras: BatchExtras;
    }
  /** A message with this client id was stored before (a retry): `row` is that message. */
  | { stored: true; created: false; row: MessageWithAgent }
  /** The conversation does not exist or is not the author's: nothing stored. */
  | { stored: false };

/** Read in the statement that numbers a conversation's messages, so nothing is looked up after. */
export interface BatchExtras {
  pendingOrderCount: number;
  /** The conversation's labels, in the order the business made them. */
  labels: Array<Pick<LabelRow, 'id' | 'name' | 'color'>>;
  autoReply: AutoReplySettings;
}

interface Pending {
  message: BatchedMessage;
  resolve(outcome: BatchOutcome): void;
  reject(error: unknown): void;
}

export interface BatcherOptions {
  /** Messages in one batch at most. */
  maxBatch?: number;
  /**
   * Batches committing at once. PostgreSQL's pool runs several transactions side by side; PGlite
   * has one connection, where a second batch would only wait, so it keeps one.
   */
  lanes?: number;
}

export class MessageBatcher {
  private queue: Pending[] = [];
  private scheduled = false;
  private running = 0;
  /** Conversations with messages in a batch that has not committed yet. */
  private readonly committing = new Set<string>();
  private readonly maxBatch: number;
  private readonly lanes: number;

  constructor(
    private readonly db: Kysely<Database>,
    { maxBatch = MAX_BATCH, lanes = 1 }: BatcherOptions = {},
  ) {
    this.maxBatch = maxBatch;
    this.lanes = lanes;
  }

  /** Resolves once the message's batch has committed. */
  submit(message: BatchedMessage): Promise<BatchOutcome> {
    return new Promise((resolve, reject) => {
      this.queue.push({ message, resolve, reject });
      this.schedule();
    });
  }

  // At most `lanes` batches at a time: what arrives while they commit waits for the next, which
  // gathers a bigger batch the busier the store is.
  private schedule(): void {
    if (this.scheduled || this.running >= this.lanes) return;
    this.scheduled = true;
    setImmediate(() => {
      this.scheduled = false;
      this.flush();
    });
  }

  private flush(): void {
    while (this.running < this.lanes && this.queue.length > 0) {
      const batch = this.take();
      if (batch.length === 0) return; // every queued conversation is committing: wait for one
      const conversations = new Set(batch.map((pending) => pending.message.conversationId));
      for (const id of conversations) this.committing.add(id);
      this.running += 1;
      void this.commit(batch).finally(() => {
        this.running -= 1;
        for (const id of conversations) this.committing.delete(id);
        if (this.queue.length > 0) this.schedule();
      });
    }
  }

  /**
   * The next batch, in arrival order, without the conversations a running batch holds: their
   * messages wait (with every later message of theirs) so that a conversation's messages are
   * numbered in the order they arrived. Batches running together so never share a conversation.
   */
  private take(): Pending[] {
    const batch: Pending[] = [];
    const rest: Pending[] = [];
    const held = new Set<string>();
    for (const pending of this.queue) {
      const id = pending.message.conversationId;
      if (batch.length < this.maxBatch && !this.committing.has(id) && !held.has(id)) {
        batch.push(pending);
      } else {
        held.add(id);
        rest.push(pending);
      }
    }
    this.queue = rest;
    return batch;
  }

  private async commit(batch: Pending[]): Promise<void> {
    let outcomes: BatchOutcome[];
    try {
      outcomes = await storeBatch(
        this.db,
        batch.map((pending) => pending.message),
      );
    } catch (error) {
      if (batch.length === 1) return batch[0]?.reject(error);
      // Something in the batch cannot be stored: one by one, so only that message fails.
      for (const pending of batch) await this.commit([pending]);
      return;
    }
    batch.forEach((pending, index) => {
      const outcome = outcomes[index];
      if (outcome) pending.resolve(outcome);
      else pending.reject(new Error('a batched message got no outcome'));
    });
  }
}

const batchers = new WeakMap<Kysely<Database>, MessageBatcher>();

/** Gives a store its batcher, with as many lanes as the store can commit side by side. */
export function setUpMessageBatcher(db: Kysely<Database>, options: BatcherOptions): void {
  batchers.set(db, new MessageBatcher(db, options));
}

/** The one batcher of a store, so every send through it can share a batch. */
export function messageBatcherFor(db: Kysely<Database>): MessageBatcher {
  let batcher = batchers.get(db);
  if (!batcher) {
    batcher = new MessageBatcher(db);
    batchers.set(db, batcher);
  }
  return batcher;
}

type StoredRow = MessageRow & { agent_name: string | null };

const keyOf = (message: { conversationId: string; clientId: string }) =>
  `${message.conversationId}:${message.clientId}`;

function isAuthorOf(author: BatchedMessage['author'], conversation: ConversationRow): boolean {
  return 'shopperId' in author
    ? conversation.shopper_id === author.shopperId
    : conversation.business_id === author.businessId;
}

/**
 * Thrown inside a batch's transaction to roll it back when some of its messages must not be
 * numbered: retries of client ids stored before, and messages refused (no such conversation, or
 * not the author's). They get their answers apart and the rest is tried again. Both are rare.
 */
class SetAside extends Error {
  constructor(
    readonly refused: BatchedMessage[],
    readonly repeated: BatchedMessage[],
  ) {
    super('messages set aside from the batch');
  }
}

/** Stores a batch; outcomes in the batch's order. Throws when the store fails on any part of it. */
export async function storeBatch(
  db: Kysely<Database>,
  messages: BatchedMessage[],
): Promise<BatchOutcome[]> {
  const settled = new Map<BatchedMessage, BatchOutcome>();
  let remaining = messages;
  // Each round settles at least one message, so this ends.
  while (remaining.length > 0) {
    try {
      const outcomes = await numberAndInsert(db, remaining);
      remaining.forEach((message, index) => {
        const outcome = outcomes[index];
        if (outcome) settled.set(message, outcome);
      });
      break;
    } catch (error) {
      if (!(error instanceof SetAside)) throw error;
      for (const message of error.refused) settled.set(message, { stored: false });
      const found = new Map(
        (await findStored(db, error.repeated)).map((row) => [keyOf(rowKey(row)), row]),
      );
      for (const message of remaining) {
        const row = found.get(keyOf(message));
        if (row) settled.set(message, { stored: true, created: false, row });
      }
      const before = remaining.length;
      remaining = remaining.filter((message) => !settled.has(message));
      if (remaining.length === before)
        throw new Error('a batch made no progress', { cause: error });
    }
  }
  return messages.map((message) => settled.get(message) ?? { stored: false });
}

/**
 * One transaction, two statements: move each conversation's last seq past its new messages (which
 * locks and reads it), then insert the messages numbered below it. Nothing is looked up first:
 * the update finds the conversations and their owners, the unique (conversation_id, client_id)
 * constraint finds retries, and either rolls the batch back (SetAside) in the rare case.
 */
function numberAndInsert(
  db: Kysely<Database>,
  messages: BatchedMessage[],
): Promise<BatchOutcome[]> {
  return db.transaction().execute(async (trx) => {
    // The first of several sends with one client id in a batch stores it; the rest are retries.
    const firsts = new Map<string, BatchedMessage>();
    for (const message of messages) {
      if (!firsts.has(keyOf(message))) firsts.set(keyOf(message), message);
    }
    const fresh = [...firsts.values()];
    const bumped = await bumpConversations(trx, fresh);
    const refused = fresh.filter((message) => {
      const conversation = bumped.get(message.conversationId);
      return !conversation || !isAuthorOf(message.author, conversation);
    });
    if (refused.length > 0) throw new SetAside(refused, []);

    const numbered = numberInOrder(fresh, bumped);
    const inserted = await insertRows(trx, numbered);
    if (inserted.size < numbered.length) {
      throw new SetAside(
        [],
        fresh.filter((message) => !inserted.has(keyOf(message))),
      );
    }
    const rows = new Map(
      (await withOrders(trx, [...inserted.values()])).map((row) => [keyOf(rowKey(row)), row]),
    );
    await carryPendingReferrals(trx, bumped, [...rows.values()]);

    return messages.map((message): BatchOutcome => {
      const row = rows.get(keyOf(message));
      const conversation = bumped.get(message.conversationId);
      if (!row || !conversation) throw new Error(`message ${message.clientId} has no row`);
      if (firsts.get(keyOf(message)) !== message) return { stored: true, created: false, row };
      const { extras, ...current } = conversation;
      return {
        stored: true,
        created: true,
        row,
        conversation: current,
        before: conversationBefore(conversation, row),
        extras,
      };
    });
  });
}

const rowKey = (row: Pick<MessageRow, 'conversation_id' | 'client_id'>) => ({
  conversationId: row.conversation_id,
  clientId: row.client_id,
});

type BumpedConversation = ConversationRow & {
  /** Messages this batch adds; they take the numbers after last_seq − added. */
  added: number;
  /** last_message_at before this batch. */
  previous_message_at: Date;
  extras: BatchExtras;
};

type BumpedRow = ConversationRow &
  AutoReplySettings & {
    previous_message_at: Date;
    pending_order_count: number;
    labels: BatchExtras['labels'];
  };

/**
 * The conversation as it stood when `row` was numbered. A batch's messages share one commit time,
 * so a message after the batch's first in its conversation follows activity at that same time.
 */
function conversationBefore(conversation: BumpedConversation, row: MessageRow): ConversationRow {
  const {
    added: _added,
    previous_message_at: previous,
    extras: _extras,
    ...current
  } = conversation;
  const first = row.seq === conversation.last_seq - conversation.added + 1;
  return { ...current, last_seq: row.seq - 1, last_message_at: first ? previous : row.created_at };
}

/**
 * Moves each conversation's last seq past its messages in this batch, shopper messages counting as
 * unread, in one statement. The update holds the rows until the batch commits, so no other writer
 * numbers a message in these conversations meanwhile. A conversation that is gone is not returned.
 */
async function bumpConversations(
  trx: Transaction<Database>,
  messages: BatchedMessage[],
): Promise<Map<string, BumpedConversation>> {
  const counts = new Map<string, { added: number; fromShopper: number }>();
  for (const message of messages) {
    const count = counts.get(message.conversationId) ?? { added: 0, fromShopper: 0 };
    count.added += 1;
    if (message.sender === 'shopper') count.fromShopper += 1;
    counts.set(message.conversationId, count);
  }
  // Two batches can only meet across nodes; should their locks ever cross, PostgreSQL aborts one
  // and that batch falls back to one message per transaction.
  const ids = [...counts.keys()].sort();
  // Also read here, for after the commit: the inbox row's labels and pending orders, and the
  // business's settings for automatic replies.
  const { rows } = await sql<BumpedRow>`
    update conversations set
      last_seq = conversations.last_seq + bump.added,
      business_unread_count = conversations.business_unread_count + bump.from_shopper,
      last_message_at = now()
    from unnest(
      ${ids}::uuid[],
      ${ids.map((id) => counts.get(id)?.added ?? 0)}::int[],
      ${ids.map((id) => counts.get(id)?.fromShopper ?? 0)}::int[]
    ) as bump (id, added, from_shopper), conversations as previous, businesses
    where conversations.id = bump.id
      and previous.id = bump.id
      and businesses.id = conversations.business_id
    returning conversations.*,
      previous.last_message_at as previous_message_at,
      (
        select count(*) from orders
        where orders.conversation_id = conversations.id and orders.status = 'pending'
      )::int as pending_order_count,
      (
        select coalesce(
          json_agg(
            json_build_object('id', labels.id, 'name', labels.name, 'color', labels.color)
            order by labels.created_at, labels.id
          ),
          '[]'::json
        )
        from conversation_labels join labels on labels.id = conversation_labels.label_id
        where conversation_labels.conversation_id = conversations.id
      ) as labels,
      businesses.greeting_enabled, businesses.greeting_text, businesses.away_enabled,
      businesses.away_text, businesses.hours, businesses.timezone
  `.execute(trx);
  return new Map(
    rows.map((row) => {
      const {
        pending_order_count: pendingOrderCount,
        labels,
        greeting_enabled,
        greeting_text,
        away_enabled,
        away_text,
        hours,
        timezone,
        ...conversation
      } = row;
      const autoReply = {
        greeting_enabled,
        greeting_text,
        away_enabled,
        away_text,
        hours,
        timezone,
      };
      return [
        row.id,
        {
          ...conversation,
          added: counts.get(row.id)?.added ?? 0,
          extras: { pendingOrderCount, labels, autoReply },
        },
      ];
    }),
  );
}

/** Each message's seq: after what its conversation had, in the order the messages arrived. */
function numberInOrder(
  messages: BatchedMessage[],
  bumped: Map<string, BumpedConversation>,
): Array<BatchedMessage & { seq: number }> {
  const next = new Map<string, number>();
  return messages.map((message) => {
    const conversation = bumped.get(message.conversationId);
    if (!conversation) throw new Error(`conversation ${message.conversationId} was not numbered`);
    const seq = next.get(message.conversationId) ?? conversation.last_seq - conversation.added + 1;
    next.set(message.conversationId, seq + 1);
    return { ...message, seq };
  });
}

/**
 * Inserts the numbered messages in one statement. A client id stored before is skipped by the
 * unique constraint and so missing from the result, which the caller rolls back.
 */
async function insertRows(
  trx: Transaction<Database>,
  messages: Array<BatchedMessage & { seq: number }>,
): Promise<Map<string, StoredRow>> {
  const column = <T>(pick: (message: BatchedMessage & { seq: number }) => T) => messages.map(pick);
  const { rows } = await sql<
    Pick<MessageRow, 'id' | 'conversation_id' | 'client_id' | 'created_at'>
  >`
    insert into messages (conversation_id, client_id, seq, sender, agent_id, kind, text, order_id)
    select * from unnest(
      ${column((m) => m.conversationId)}::uuid[],
      ${column((m) => m.clientId)}::uuid[],
      ${column((m) => m.seq)}::int[],
      ${column((m) => m.sender)}::text[],
      ${column((m) => m.agentId)}::uuid[],
      ${column((m) => m.kind)}::text[],
      ${column((m) => m.text)}::text[],
      ${column((m) => m.orderId ?? null)}::uuid[]
    )
    on conflict (conversation_id, client_id) do nothing
    returning id, conversation_id, client_id, created_at
  `.execute(trx);
  const byKey = new Map(messages.map((message) => [keyOf(message), message]));
  const stored = new Map<string, StoredRow>();
  for (const row of rows) {
    const message = byKey.get(keyOf(rowKey(row)));
    if (!message) continue;
    stored.set(keyOf(message), {
      ...row,
      seq: message.seq,
      sender: message.sender,
      agent_id: message.agentId,
      kind: message.kind,
      text: message.text,
      order_id: message.orderId ?? null,
      // The sender's own name: only agent messages carry one.
      agent_name: message.agentName,
    });
  }
  return stored;
}

/** Rows already stored under these messages' client ids: retries. */
async function findStored(
  db: Kysely<Database>,
  messages: BatchedMessage[],
): Promise<MessageWithAgent[]> {
  if (messages.length === 0) return [];
  const { rows } = await sql<StoredRow>`
    select messages.*, agents.display_name as agent_name
    from messages left join agents on agents.id = messages.agent_id
    where (messages.conversation_id, messages.client_id) in (
      select * from unnest(
        ${messages.map((m) => m.conversationId)}::uuid[],
        ${messages.map((m) => m.clientId)}::uuid[]
      )
    )
  `.execute(db);
  return withOrders(db, rows);
}

/**
 * Referrals (issue 6): the first shopper message of a conversation with a pending referral
 * carries it, as the row this batch updated says; no statement when none is pending.
 */
async function carryPendingReferrals(
  trx: Transaction<Database>,
  bumped: Map<string, ConversationRow>,
  rows: MessageRow[],
): Promise<void> {
  const carried = new Set<string>();
  for (const row of [...rows].sort((a, b) => a.seq - b.seq)) {
    const openId = bumped.get(row.conversation_id)?.pending_referral_id;
    if (!openId || row.sender !== 'shopper' || carried.has(row.conversation_id)) continue;
    carried.add(row.conversation_id);
    await carryReferral(trx, { conversationId: row.conversation_id, openId, messageId: row.id });
  }
}
