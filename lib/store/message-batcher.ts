// Commits the messages sent in one tick together: one statement for the whole batch (a PL/pgSQL
// function, migration 0011), instead of a transaction and several statements per message. Each message
// keeps what a single send promised: stored once per client id, numbered in its conversation
// without gaps and in the order it arrived, and failing alone when it cannot be stored.
import { sql, type Kysely } from 'kysely';
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

/**
 * What undoes a batch when some of its messages must not be numbered: retries of client ids stored
 * before, and messages refused (no such conversation, or not the author's). They get their answers
 * apart and the rest is tried again. Both are rare.
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
 * One statement: store_message_batch (migration 0011) moves each conversation's last seq past its
 * new messages (which locks and reads it) and inserts the messages numbered below it, in one round
 * trip with plans the connection keeps. Nothing is looked up first: the update finds the
 * conversations and their owners, the unique (conversation_id, client_id) constraint finds
 * retries, and the function undoes the call (SetAside) in the rare case either turns one up.
 */
async function numberAndInsert(
  db: Kysely<Database>,
  messages: BatchedMessage[],
): Promise<BatchOutcome[]> {
  // The first of several sends with one client id in a batch stores it; the rest are retries.
  const firsts = new Map<string, BatchedMessage>();
  for (const message of messages) {
    if (!firsts.has(keyOf(message))) firsts.set(keyOf(message), message);
  }
  const fresh = [...firsts.values()];
  const batch = await callBatchFunction(db, fresh);
  const bumped = new Map(batch.conversations.map((row) => [row.id, toBumped(row)]));
  const inserted = batch.messages.map((row): StoredRow => {
    const message = firsts.get(keyOf(rowKey(row)));
    if (!message) throw new Error(`the store returned a message nobody sent: ${row.client_id}`);
    return {
      id: row.id,
      conversation_id: row.conversation_id,
      client_id: row.client_id,
      seq: row.seq,
      created_at: new Date(row.created_at),
      sender: message.sender,
      agent_id: message.agentId,
      kind: message.kind,
      text: message.text,
      order_id: message.orderId ?? null,
      // The sender's own name: only agent messages carry one.
      agent_name: message.agentName,
    };
  });
  const rows = new Map((await withOrders(db, inserted)).map((row) => [keyOf(rowKey(row)), row]));

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
}

const rowKey = (row: Pick<MessageRow, 'conversation_id' | 'client_id'>) => ({
  conversationId: row.conversation_id,
  clientId: row.client_id,
});

/** What store_message_batch returns: JSON, so its times are strings. */
interface BatchResult {
  conversations: BumpedJson[];
  messages: Array<
    Pick<MessageRow, 'id' | 'conversation_id' | 'client_id' | 'seq'> & { created_at: string }
  >;
}

type Timestamps = 'created_at' | 'last_message_at' | 'away_sent_at';

type BumpedJson = Omit<ConversationRow, Timestamps> &
  AutoReplySettings & {
    created_at: string;
    last_message_at: string;
    away_sent_at: string | null;
    added: number;
    previous_message_at: string;
    pending_order_count: number;
    labels: BatchExtras['labels'];
  };

type BumpedConversation = ConversationRow & {
  /** Messages this batch adds; they take the numbers after last_seq − added. */
  added: number;
  /** last_message_at before this batch. */
  previous_message_at: Date;
  extras: BatchExtras;
};

/** The message the function raises to undo a batch; its DETAIL says which messages and why. */
const SET_ASIDE = 'message batch set aside';

async function callBatchFunction(
  db: Kysely<Database>,
  messages: BatchedMessage[],
): Promise<BatchResult> {
  const column = <T>(pick: (message: BatchedMessage) => T) => messages.map(pick);
  try {
    const { rows } = await sql<{ batch: BatchResult }>`
      select store_message_batch(
        ${column((m) => m.conversationId)}::uuid[],
        ${column((m) => m.clientId)}::uuid[],
        ${column((m) => m.sender)}::text[],
        ${column((m) => m.agentId)}::uuid[],
        ${column((m) => m.kind)}::text[],
        ${column((m) => m.text)}::text[],
        ${column((m) => m.orderId ?? null)}::uuid[],
        ${column((m) => ('shopperId' in m.author ? m.author.shopperId : null))}::uuid[],
        ${column((m) => ('businessId' in m.author ? m.author.businessId : null))}::uuid[]
      ) as batch
    `.execute(db);
    const batch = rows[0]?.batch;
    if (!batch) throw new Error('store_message_batch returned nothing');
    return batch;
  } catch (error) {
    throw setAsideFrom(error, messages) ?? error;
  }
}

/** The SetAside a raised 'message batch set aside' stands for; positions count from 1. */
function setAsideFrom(error: unknown, messages: BatchedMessage[]): SetAside | null {
  if (!(error instanceof Error) || error.message !== SET_ASIDE || !('detail' in error)) {
    return null;
  }
  const { refused, repeated } = JSON.parse(String(error.detail)) as {
    refused: number[];
    repeated: number[];
  };
  const at = (positions: number[]) => positions.flatMap((position) => messages[position - 1] ?? []);
  return new SetAside(at(refused), at(repeated));
}

function toBumped(row: BumpedJson): BumpedConversation {
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
  return {
    ...conversation,
    created_at: new Date(conversation.created_at),
    last_message_at: new Date(conversation.last_message_at),
    away_sent_at: conversation.away_sent_at === null ? null : new Date(conversation.away_sent_at),
    previous_message_at: new Date(conversation.previous_message_at),
    extras: {
      pendingOrderCount,
      labels,
      autoReply: { greeting_enabled, greeting_text, away_enabled, away_text, hours, timezone },
    },
  };
}

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
