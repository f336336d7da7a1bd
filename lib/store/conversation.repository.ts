import type { Kysely } from 'kysely';
import { isUniqueViolation } from './errors';
import type { ConversationRow, Database, SenderKind } from './schema';

export function findConversation(
  db: Kysely<Database>,
  id: string,
): Promise<ConversationRow | undefined> {
  return db.selectFrom('conversations').selectAll().where('id', '=', id).executeTakeFirst();
}

export function findConversationOf(
  db: Kysely<Database>,
  businessId: string,
  shopperId: string,
): Promise<ConversationRow | undefined> {
  return db
    .selectFrom('conversations')
    .selectAll()
    .where('business_id', '=', businessId)
    .where('shopper_id', '=', shopperId)
    .executeTakeFirst();
}

/** Creates the shopper's conversation with a business; `created` is false when it already existed. */
export async function createConversation(
  db: Kysely<Database>,
  businessId: string,
  shopperId: string,
): Promise<{ row: ConversationRow; created: boolean }> {
  try {
    await db
      .insertInto('shoppers')
      .values({ id: shopperId })
      .onConflict((oc) => oc.doNothing())
      .execute();
    const row = await db
      .insertInto('conversations')
      .values({ business_id: businessId, shopper_id: shopperId })
      .returningAll()
      .executeTakeFirstOrThrow();
    return { row, created: true };
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    const row = await findConversationOf(db, businessId, shopperId);
    if (!row) throw error;
    return { row, created: false };
  }
}

export function listConversationsOfBusiness(
  db: Kysely<Database>,
  businessId: string,
  options: { limit: number; before?: Date; labelId?: string; unreadOnly?: boolean },
): Promise<ConversationRow[]> {
  let query = db
    .selectFrom('conversations')
    .selectAll()
    .where('business_id', '=', businessId)
    .where('last_seq', '>', 0);
  if (options.before) query = query.where('last_message_at', '<', options.before);
  const { labelId } = options;
  if (labelId) {
    query = query.where((eb) =>
      eb.exists(
        eb
          .selectFrom('conversation_labels')
          .select('label_id')
          .whereRef('conversation_labels.conversation_id', '=', 'conversations.id')
          .where('conversation_labels.label_id', '=', labelId),
      ),
    );
  }
  if (options.unreadOnly) {
    query = query.where('business_unread_count', '>', 0);
  }
  return query.orderBy('last_message_at', 'desc').orderBy('id').limit(options.limit).execute();
}

/**
 * Moves a side's delivered and read marks forward, never back, and never past the last message.
 * `side` is the side that received the messages. When the business's read mark is given, its
 * unread count is counted again in the same transaction.
 */
export function advanceReceipts(
  db: Kysely<Database>,
  conversationId: string,
  side: SenderKind,
  marks: { deliveredSeq?: number; readSeq?: number },
): Promise<ConversationRow | undefined> {
  const delivered = side === 'shopper' ? 'shopper_delivered_seq' : 'business_delivered_seq';
  const read = side === 'shopper' ? 'shopper_read_seq' : 'business_read_seq';
  // Read implies delivered.
  const deliveredTarget = Math.max(marks.deliveredSeq ?? 0, marks.readSeq ?? 0);
  const readTarget = marks.readSeq ?? 0;
  const advance = (executor: Kysely<Database>) =>
    executor
      .updateTable('conversations')
      .set((eb) => ({
        [delivered]: eb.fn('greatest', [
          eb.ref(delivered),
          eb.fn('least', [eb.val(deliveredTarget), eb.ref('last_seq')]),
        ]),
        [read]: eb.fn('greatest', [
          eb.ref(read),
          eb.fn('least', [eb.val(readTarget), eb.ref('last_seq')]),
        ]),
      }))
      .where('id', '=', conversationId)
      .returningAll()
      .executeTakeFirst();
  if (side === 'shopper' || marks.readSeq === undefined) return advance(db);
  return db.transaction().execute(async (trx) => {
    // The first statement holds the row, so no message can be numbered until we commit; the
    // count, a statement of its own, sees every message numbered before.
    if (!(await advance(trx))) return undefined;
    return trx
      .updateTable('conversations')
      .set((eb) => ({
        business_unread_count: eb
          .selectFrom('messages')
          .select((inner) => inner.fn.countAll<number>().as('count'))
          .whereRef('messages.conversation_id', '=', 'conversations.id')
          .where('messages.sender', '=', 'shopper')
          .whereRef('messages.seq', '>', 'conversations.business_read_seq'),
      }))
      .where('id', '=', conversationId)
      .returningAll()
      .executeTakeFirst();
  });
}

/** Pending orders per conversation, for the inbox's order badge; absent means none. */
export async function countPendingOrders(
  db: Kysely<Database>,
  conversationIds: string[],
): Promise<Map<string, number>> {
  if (!conversationIds.length) return new Map();
  const rows = await db
    .selectFrom('orders')
    .select(['conversation_id', (eb) => eb.fn.countAll<string | number>().as('count')])
    .where('conversation_id', 'in', conversationIds)
    .where('status', '=', 'pending')
    .groupBy('conversation_id')
    .execute();
  return new Map(rows.map((row) => [row.conversation_id, Number(row.count)]));
}

export function setShopperName(
  db: Kysely<Database>,
  conversationId: string,
  shopperName: string,
): Promise<ConversationRow | undefined> {
  return db
    .updateTable('conversations')
    .set({ shopper_name: shopperName })
    .where('id', '=', conversationId)
    .returningAll()
    .executeTakeFirst();
}
