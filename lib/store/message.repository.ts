import { sql, type Kysely } from 'kysely';
import { isUniqueViolation } from './errors';
import type { Database, MessageKind, MessageRow, SenderKind } from './schema';

export type MessageWithAgent = MessageRow & { agent_name: string | null };

export interface NewMessage {
  conversationId: string;
  clientId: string;
  sender: SenderKind;
  agentId: string | null;
  kind: MessageKind;
  text: string;
}

function selectMessages(db: Kysely<Database>) {
  return db
    .selectFrom('messages')
    .leftJoin('agents', 'agents.id', 'messages.agent_id')
    .selectAll('messages')
    .select('agents.display_name as agent_name');
}

export function findMessageByClientId(
  db: Kysely<Database>,
  conversationId: string,
  clientId: string,
): Promise<MessageWithAgent | undefined> {
  return selectMessages(db)
    .where('messages.conversation_id', '=', conversationId)
    .where('messages.client_id', '=', clientId)
    .executeTakeFirst();
}

/**
 * Stores a message once per client id, numbering it in the same transaction that bumps the
 * conversation's sequence. A retry (or a race with one) gets the stored row back with created=false.
 */
export async function appendMessage(
  db: Kysely<Database>,
  message: NewMessage,
): Promise<{ row: MessageWithAgent; created: boolean }> {
  const existing = await findMessageByClientId(db, message.conversationId, message.clientId);
  if (existing) return { row: existing, created: false };
  try {
    const id = await db.transaction().execute(async (trx) => {
      const { last_seq: seq } = await trx
        .updateTable('conversations')
        .set((eb) => ({ last_seq: eb('last_seq', '+', 1), last_message_at: sql<Date>`now()` }))
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
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      return inserted.id;
    });
    const row = await selectMessages(db).where('messages.id', '=', id).executeTakeFirstOrThrow();
    return { row, created: true };
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    const raced = await findMessageByClientId(db, message.conversationId, message.clientId);
    if (!raced) throw error;
    return { row: raced, created: false };
  }
}

export function listMessagesAfter(
  db: Kysely<Database>,
  conversationId: string,
  afterSeq: number,
  limit: number,
): Promise<MessageWithAgent[]> {
  return selectMessages(db)
    .where('messages.conversation_id', '=', conversationId)
    .where('messages.seq', '>', afterSeq)
    .orderBy('messages.seq', 'asc')
    .limit(limit)
    .execute();
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
  return rows.reverse();
}

export function countUnread(
  db: Kysely<Database>,
  conversationId: string,
  reader: SenderKind,
  readSeq: number,
): Promise<number> {
  const author: SenderKind = reader === 'shopper' ? 'business' : 'shopper';
  return db
    .selectFrom('messages')
    .select((eb) => eb.fn.countAll<string | number>().as('count'))
    .where('conversation_id', '=', conversationId)
    .where('sender', '=', author)
    .where('seq', '>', readSeq)
    .executeTakeFirstOrThrow()
    .then((result) => Number(result.count));
}
