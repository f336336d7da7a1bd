import { sql, type Kysely, type Transaction } from 'kysely';
import { isUniqueViolation } from './errors';
import type { Database, MessageKind, MessageRow, OrderRow, SenderKind } from './schema';

/** A stored message with its agent's name and, for order and receipt messages, the order now. */
export type MessageWithAgent = MessageRow & { agent_name: string | null; order: OrderRow | null };

export interface NewMessage {
  conversationId: string;
  clientId: string;
  sender: SenderKind;
  agentId: string | null;
  kind: MessageKind;
  text: string;
  orderId?: string;
}

type Executor = Kysely<Database> | Transaction<Database>;

function selectMessages(db: Executor) {
  return db
    .selectFrom('messages')
    .leftJoin('agents', 'agents.id', 'messages.agent_id')
    .selectAll('messages')
    .select('agents.display_name as agent_name');
}

export async function withOrders(
  db: Executor,
  rows: Array<MessageRow & { agent_name: string | null }>,
): Promise<MessageWithAgent[]> {
  const orderIds = [...new Set(rows.flatMap((row) => (row.order_id ? [row.order_id] : [])))];
  const orders = orderIds.length
    ? await db.selectFrom('orders').selectAll().where('id', 'in', orderIds).execute()
    : [];
  const byId = new Map(orders.map((order) => [order.id, order]));
  return rows.map((row) => ({
    ...row,
    order: row.order_id ? (byId.get(row.order_id) ?? null) : null,
  }));
}

export async function findMessageByClientId(
  db: Executor,
  conversationId: string,
  clientId: string,
): Promise<MessageWithAgent | undefined> {
  const row = await selectMessages(db)
    .where('messages.conversation_id', '=', conversationId)
    .where('messages.client_id', '=', clientId)
    .executeTakeFirst();
  return row ? (await withOrders(db, [row]))[0] : undefined;
}

export async function findMessageById(db: Executor, id: string): Promise<MessageWithAgent> {
  const row = await selectMessages(db).where('messages.id', '=', id).executeTakeFirstOrThrow();
  const [message] = await withOrders(db, [row]);
  if (!message) throw new Error(`message ${id} vanished`);
  return message;
}

/**
 * Numbers and stores a message inside the caller's transaction: the conversation's sequence is
 * bumped in the same transaction, so numbers have no gaps and no copies.
 */
export async function insertNumberedMessage(
  trx: Transaction<Database>,
  message: NewMessage,
): Promise<string> {
  const { last_seq: seq } = await trx
    .updateTable('conversations')
    .set((eb) => ({
      last_seq: eb('last_seq', '+', 1),
      last_message_at: sql<Date>`now()`,
      business_unread_count: eb('business_unread_count', '+', message.sender === 'shopper' ? 1 : 0),
    }))
    .where('id', '=', message.conversationId)
    .returning('last_seq')
    .executeTakeFirstOrThrow();
  const inserted = await trx
    .insertInto('messages')
    .values({
      conversation_id: message.conversationId,
      client_id: message.clientId,
      seq,
      sender: message.sender,
      agent_id: message.agentId,
      kind: message.kind,
      text: message.text,
      order_id: message.orderId ?? null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return inserted.id;
}

/**
 * Stores a message once per client id. A retry (or a race with one) gets the stored row back
 * with created=false.
 */
export async function appendMessage(
  db: Kysely<Database>,
  message: NewMessage,
): Promise<{ row: MessageWithAgent; created: boolean }> {
  const existing = await findMessageByClientId(db, message.conversationId, message.clientId);
  if (existing) return { row: existing, created: false };
  try {
    const id = await db.transaction().execute((trx) => insertNumberedMessage(trx, message));
    return { row: await findMessageById(db, id), created: true };
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    const raced = await findMessageByClientId(db, message.conversationId, message.clientId);
    if (!raced) throw error;
    return { row: raced, created: false };
  }
}

export async function listMessagesAfter(
  db: Kysely<Database>,
  conversationId: string,
  afterSeq: number,
  limit: number,
): Promise<MessageWithAgent[]> {
  const rows = await selectMessages(db)
    .where('messages.conversation_id', '=', conversationId)
    .where('messages.seq', '>', afterSeq)
    .orderBy('messages.seq', 'asc')
    .limit(limit)
    .execute();
  return withOrders(db, rows);
}

/** The `limit` messages just before `beforeSeq`, oldest first. */
export async function listMessagesBefore(
  db: Kysely<Database>,
  conversationId: string,
  beforeSeq: number,
  limit: number,
): Promise<MessageWithAgent[]> {
  const rows = await selectMessages(db)
    .where('messages.conversation_id', '=', conversationId)
    .where('messages.seq', '<', beforeSeq)
    .orderBy('messages.seq', 'desc')
    .limit(limit)
    .execute();
  return withOrders(db, rows.reverse());
}
