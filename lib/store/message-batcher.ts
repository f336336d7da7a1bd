// Commits the messages sent in one tick together: one transaction and a few multi-row statements
// for the whole batch, instead of a transaction and several statements per message. Each message
// keeps what a single send promised: stored once per client id, numbered in its conversation
// without gaps and in the order it arrived, and failing alone when it cannot be stored.
import { sql, type Kysely, type Transaction } from 'kysely';
import { carryReferral } from './link-open.repository';
import { withOrders, type MessageWithAgent, type NewMessage } from './message.repository';
import type { ConversationRow, Database, MessageRow } from './schema';

/** Large enough to take a busy tick whole; a bigger backlog goes in the batches that follow. */
export const MAX_BATCH = 256;

export interface BatchedMessage extends NewMessage {
  /** Who is writing: the conversation's own shopper, or an agent of its business. */
  author: { shopperId: string } | { businessId: string };
}

export type BatchOutcome =
  | {
      stored: true;
      row: MessageWithAgent;
      /** False when a message with this client id was stored before (a retry). */
      created: boolean;
      /** The conversation once the batch was committed. */
      conversation: ConversationRow;
      /** The conversation just before this message: what came before it and when. */
      before: ConversationRow;
    }
  /** The conversation does not exist or is not the author's: nothing stored. */
  | { stored: false };

interface Pending {
  message: BatchedMessage;
  resolve(outcome: BatchOutcome): void;
  reject(error: unknown): void;
}

export class MessageBatcher {
  private queue: Pending[] = [];
  private scheduled = false;
  private running = false;

  constructor(
    private readonly db: Kysely<Database>,
    private readonly maxBatch = MAX_BATCH,
  ) {}

  /** Resolves once the message's batch has committed. */
  submit(message: BatchedMessage): Promise<BatchOutcome> {
    return new Promise((resolve, reject) => {
      this.queue.push({ message, resolve, reject });
      this.schedule();
    });
  }

  // One batch at a time: what arrives while one commits waits for the next, which keeps each
  // conversation's order across batches and gathers a bigger batch the busier the store is.
  private schedule(): void {
    if (this.scheduled || this.running) return;
    this.scheduled = true;
    setImmediate(() => {
      this.scheduled = false;
      void this.flush();
    });
  }

  private async flush(): Promise<void> {
    this.running = true;
    const batch = this.queue.splice(0, this.maxBatch);
    try {
      await this.commit(batch);
    } finally {
      this.running = false;
      if (this.queue.length > 0) this.schedule();
    }
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

/** Stores a batch in one transaction; outcomes in the batch's order. Throws when any part fails. */
export function storeBatch(
  db: Kysely<Database>,
  messages: BatchedMessage[],
): Promise<BatchOutcome[]> {
  return db.transaction().execute(async (trx) => {
    const locked = await lockConversations(trx, [
      ...new Set(messages.map((m) => m.conversationId)),
    ]);
    const accepted = messages.filter((message) => {
      const conversation = locked.get(message.conversationId);
      return conversation !== undefined && isAuthorOf(message.author, conversation);
    });
    // The first of several sends with one client id in this batch stores it; the rest are retries.
    const firsts = new Map<string, BatchedMessage>();
    for (const message of accepted)
      if (!firsts.has(keyOf(message))) firsts.set(keyOf(message), message);

    const inserted = await insertNew(trx, [...firsts.values()]);
    const stored = new Map(inserted.map((row) => [keyOf(rowKey(row)), row]));
    await carryPendingReferrals(trx, locked, inserted);
    const bumped = await bumpConversations(trx, inserted);
    const earlier = await findStored(
      trx,
      [...firsts.values()].filter((message) => !stored.has(keyOf(message))),
    );

    const createdKeys = new Set(stored.keys());
    const rows = new Map([...earlier.map((row) => [keyOf(rowKey(row)), row] as const), ...stored]);
    const withOrder = new Map(
      (await withOrders(trx, [...rows.values()])).map((row) => [keyOf(rowKey(row)), row]),
    );
    return messages.map((message): BatchOutcome => {
      const conversation = locked.get(message.conversationId);
      const row = withOrder.get(keyOf(message));
      if (!conversation || !isAuthorOf(message.author, conversation)) return { stored: false };
      if (!row) throw new Error(`message ${message.clientId} was neither stored nor found`);
      const created = createdKeys.has(keyOf(message)) && firsts.get(keyOf(message)) === message;
      return {
        stored: true,
        row,
        created,
        conversation: bumped.get(conversation.id) ?? conversation,
        before: created ? conversationBefore(conversation, row) : conversation,
      };
    });
  });
}

const rowKey = (row: MessageRow) => ({
  conversationId: row.conversation_id,
  clientId: row.client_id,
});

/**
 * The conversation as it stood when `row` was numbered. A batch's messages share one commit time,
 * so a message after the batch's first in its conversation follows activity at that same time.
 */
function conversationBefore(locked: ConversationRow, row: MessageRow): ConversationRow {
  const first = row.seq === locked.last_seq + 1;
  return {
    ...locked,
    last_seq: row.seq - 1,
    last_message_at: first ? locked.last_message_at : row.created_at,
  };
}

/**
 * Locks the batch's conversations (in id order, so two batches cannot deadlock), so that no other
 * writer numbers a message in them until the batch commits, and reads them as they are.
 */
async function lockConversations(
  trx: Transaction<Database>,
  ids: string[],
): Promise<Map<string, ConversationRow>> {
  const rows = await trx
    .selectFrom('conversations')
    .selectAll()
    .where('id', '=', sql<string>`any(${ids}::uuid[])`)
    .orderBy('id')
    .forUpdate()
    .execute();
  return new Map(rows.map((row) => [row.id, row]));
}

/**
 * Inserts the messages whose client id is not stored yet, numbered after their conversation's
 * last seq in batch order. Skipping the stored ones before numbering leaves no gaps; the unique
 * (conversation_id, client_id) constraint backs that check up, and bumpConversations notices
 * any row it skipped.
 */
async function insertNew(
  trx: Transaction<Database>,
  messages: BatchedMessage[],
): Promise<StoredRow[]> {
  if (messages.length === 0) return [];
  const column = <T>(pick: (message: BatchedMessage) => T) => messages.map(pick);
  const { rows } = await sql<StoredRow>`
    with input as (
      select * from unnest(
        ${column((m) => m.conversationId)}::uuid[],
        ${column((m) => m.clientId)}::uuid[],
        ${column((m) => m.sender)}::text[],
        ${column((m) => m.agentId)}::uuid[],
        ${column((m) => m.kind)}::text[],
        ${column((m) => m.text)}::text[],
        ${column((m) => m.orderId ?? null)}::uuid[]
      ) with ordinality as input (conversation_id, client_id, sender, agent_id, kind, text, order_id, position)
    ),
    numbered as (
      select input.*, conversations.last_seq
        + row_number() over (partition by input.conversation_id order by input.position) as seq
      from input join conversations on conversations.id = input.conversation_id
      where not exists (
        select 1 from messages
        where messages.conversation_id = input.conversation_id
          and messages.client_id = input.client_id
      )
    ),
    inserted as (
      insert into messages (conversation_id, client_id, seq, sender, agent_id, kind, text, order_id)
      select conversation_id, client_id, seq, sender, agent_id, kind, text, order_id
      from numbered order by position
      on conflict (conversation_id, client_id) do nothing
      returning *
    )
    select inserted.*, agents.display_name as agent_name
    from inserted left join agents on agents.id = inserted.agent_id
    order by inserted.conversation_id, inserted.seq
  `.execute(trx);
  return rows;
}

/** Moves each conversation's last seq past its new messages; shopper messages count as unread. */
async function bumpConversations(
  trx: Transaction<Database>,
  inserted: StoredRow[],
): Promise<Map<string, ConversationRow>> {
  const counts = new Map<string, { added: number; fromShopper: number; lastSeq: number }>();
  for (const row of inserted) {
    const count = counts.get(row.conversation_id) ?? { added: 0, fromShopper: 0, lastSeq: 0 };
    count.added += 1;
    if (row.sender === 'shopper') count.fromShopper += 1;
    count.lastSeq = Math.max(count.lastSeq, row.seq);
    counts.set(row.conversation_id, count);
  }
  if (counts.size === 0) return new Map();
  const ids = [...counts.keys()];
  const { rows } = await sql<ConversationRow>`
    update conversations set
      last_seq = conversations.last_seq + bump.added,
      business_unread_count = conversations.business_unread_count + bump.from_shopper,
      last_message_at = now()
    from unnest(
      ${ids}::uuid[],
      ${ids.map((id) => counts.get(id)?.added ?? 0)}::int[],
      ${ids.map((id) => counts.get(id)?.fromShopper ?? 0)}::int[]
    ) as bump (id, added, from_shopper)
    where conversations.id = bump.id
    returning conversations.*
  `.execute(trx);
  for (const row of rows) {
    // Numbers handed out must be exactly last_seq + 1 … last_seq + added: else roll back.
    if (row.last_seq !== counts.get(row.id)?.lastSeq) {
      throw new Error(`conversation ${row.id} would get a gap in its sequence`);
    }
  }
  return new Map(rows.map((row) => [row.id, row]));
}

/** Rows already stored under these messages' client ids: the batch's retries. */
async function findStored(
  trx: Transaction<Database>,
  messages: BatchedMessage[],
): Promise<StoredRow[]> {
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
  `.execute(trx);
  return rows;
}

/**
 * Referrals (issue 6): the first shopper message of a conversation with a pending referral
 * carries it, as the row locked for this batch says; no statement when none is pending.
 */
async function carryPendingReferrals(
  trx: Transaction<Database>,
  locked: Map<string, ConversationRow>,
  inserted: StoredRow[],
): Promise<void> {
  const carried = new Set<string>();
  for (const row of inserted) {
    const openId = locked.get(row.conversation_id)?.pending_referral_id;
    if (!openId || row.sender !== 'shopper' || carried.has(row.conversation_id)) continue;
    carried.add(row.conversation_id);
    await carryReferral(trx, { conversationId: row.conversation_id, openId, messageId: row.id });
  }
}
