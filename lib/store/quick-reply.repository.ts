// A business's saved replies, inserted into the composer by their shortcut.
import type { Kysely, Transaction } from 'kysely';
import type { Database, QuickReplyRow } from './schema';

type Executor = Kysely<Database> | Transaction<Database>;

export function listQuickReplies(db: Executor, businessId: string): Promise<QuickReplyRow[]> {
  return db
    .selectFrom('quick_replies')
    .selectAll()
    .where('business_id', '=', businessId)
    .orderBy('shortcut')
    .orderBy('id')
    .execute();
}

export async function countQuickReplies(db: Executor, businessId: string): Promise<number> {
  const row = await db
    .selectFrom('quick_replies')
    .select((eb) => eb.fn.countAll<string | number>().as('count'))
    .where('business_id', '=', businessId)
    .executeTakeFirstOrThrow();
  return Number(row.count);
}

export function insertQuickReply(
  db: Executor,
  reply: { businessId: string; shortcut: string; text: string },
): Promise<QuickReplyRow> {
  return db
    .insertInto('quick_replies')
    .values({ business_id: reply.businessId, shortcut: reply.shortcut, text: reply.text })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export function updateQuickReply(
  db: Executor,
  businessId: string,
  quickReplyId: string,
  changes: { shortcut?: string; text?: string },
): Promise<QuickReplyRow | undefined> {
  return db
    .updateTable('quick_replies')
    .set({ ...changes, updated_at: new Date() })
    .where('business_id', '=', businessId)
    .where('id', '=', quickReplyId)
    .returningAll()
    .executeTakeFirst();
}

export async function deleteQuickReply(
  db: Executor,
  businessId: string,
  quickReplyId: string,
): Promise<boolean> {
  const deleted = await db
    .deleteFrom('quick_replies')
    .where('business_id', '=', businessId)
    .where('id', '=', quickReplyId)
    .returning('id')
    .executeTakeFirst();
  return deleted !== undefined;
}
