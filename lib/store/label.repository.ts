// Labels of a business and which conversations carry them.
import type { Kysely, Transaction } from 'kysely';
import type { Database, LabelRow } from './schema';

type Executor = Kysely<Database> | Transaction<Database>;

export function listLabels(db: Executor, businessId: string): Promise<LabelRow[]> {
  return db
    .selectFrom('labels')
    .selectAll()
    .where('business_id', '=', businessId)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
}

export function findLabel(
  db: Executor,
  businessId: string,
  labelId: string,
): Promise<LabelRow | undefined> {
  return db
    .selectFrom('labels')
    .selectAll()
    .where('business_id', '=', businessId)
    .where('id', '=', labelId)
    .executeTakeFirst();
}

export async function countLabels(db: Executor, businessId: string): Promise<number> {
  const row = await db
    .selectFrom('labels')
    .select((eb) => eb.fn.countAll<string | number>().as('count'))
    .where('business_id', '=', businessId)
    .executeTakeFirstOrThrow();
  return Number(row.count);
}

export function insertLabel(
  db: Executor,
  label: { businessId: string; name: string; color: string },
): Promise<LabelRow> {
  return db
    .insertInto('labels')
    .values({ business_id: label.businessId, name: label.name, color: label.color })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export function updateLabel(
  db: Executor,
  businessId: string,
  labelId: string,
  changes: { name?: string; color?: string },
): Promise<LabelRow | undefined> {
  return db
    .updateTable('labels')
    .set(changes)
    .where('business_id', '=', businessId)
    .where('id', '=', labelId)
    .returningAll()
    .executeTakeFirst();
}

export async function deleteLabel(
  db: Executor,
  businessId: string,
  labelId: string,
): Promise<boolean> {
  const deleted = await db
    .deleteFrom('labels')
    .where('business_id', '=', businessId)
    .where('id', '=', labelId)
    .returning('id')
    .executeTakeFirst();
  return deleted !== undefined;
}

export async function addConversationLabel(
  db: Executor,
  conversationId: string,
  labelId: string,
): Promise<void> {
  await db
    .insertInto('conversation_labels')
    .values({ conversation_id: conversationId, label_id: labelId })
    .onConflict((oc) => oc.doNothing())
    .execute();
}

export async function removeConversationLabel(
  db: Executor,
  conversationId: string,
  labelId: string,
): Promise<void> {
  await db
    .deleteFrom('conversation_labels')
    .where('conversation_id', '=', conversationId)
    .where('label_id', '=', labelId)
    .execute();
}

/** The labels of each given conversation, in the order the business made them. */
export async function listLabelsOfConversations(
  db: Executor,
  conversationIds: string[],
): Promise<Array<LabelRow & { conversation_id: string }>> {
  if (!conversationIds.length) return [];
  return db
    .selectFrom('conversation_labels')
    .innerJoin('labels', 'labels.id', 'conversation_labels.label_id')
    .selectAll('labels')
    .select('conversation_labels.conversation_id')
    .where('conversation_labels.conversation_id', 'in', conversationIds)
    .orderBy('labels.created_at')
    .orderBy('labels.id')
    .execute();
}

/**
 * Locks the business's row until the transaction ends, so two agents creating at once cannot both
 * pass a count limit (labels, quick replies).
 */
export async function lockBusinessRow(trx: Transaction<Database>, businessId: string) {
  await trx
    .selectFrom('businesses')
    .select('id')
    .where('id', '=', businessId)
    .forUpdate()
    .executeTakeFirst();
}
