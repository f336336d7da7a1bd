import { sql, type Kysely, type Transaction, type Updateable } from 'kysely';
import type { BusinessRow, BusinessTable, Database } from './schema';

/** The columns the settings may change. */
export type BusinessSettingsUpdate = Omit<
  Updateable<BusinessTable>,
  'id' | 'slug' | 'catalog_version' | 'order_seq' | 'created_at' | 'updated_at'
>;

export function findBusinessBySlug(
  db: Kysely<Database>,
  slug: string,
): Promise<BusinessRow | undefined> {
  return db.selectFrom('businesses').selectAll().where('slug', '=', slug).executeTakeFirst();
}

export function findBusinessById(
  db: Kysely<Database>,
  id: string,
): Promise<BusinessRow | undefined> {
  return db.selectFrom('businesses').selectAll().where('id', '=', id).executeTakeFirst();
}

export function listBusinesses(db: Kysely<Database>): Promise<BusinessRow[]> {
  return db.selectFrom('businesses').selectAll().orderBy('name').execute();
}

type Executor = Kysely<Database> | Transaction<Database>;

/** Reads the business row and locks it until the transaction ends, so updates do not interleave. */
export function lockBusiness(
  trx: Transaction<Database>,
  id: string,
): Promise<BusinessRow | undefined> {
  return trx
    .selectFrom('businesses')
    .selectAll()
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirst();
}

export function updateBusiness(
  db: Executor,
  id: string,
  changes: BusinessSettingsUpdate,
): Promise<BusinessRow> {
  return db
    .updateTable('businesses')
    .set({ ...changes, updated_at: sql<Date>`now()` })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
}

/**
 * Marks the away message as sent in a conversation at `now`, unless it was already sent after
 * `dueBefore`. True when this call claimed it: the row lock makes concurrent claims wait, and
 * the loser sees the winner's time and fails the condition.
 */
export async function claimAwayMessage(
  trx: Transaction<Database>,
  conversationId: string,
  now: Date,
  dueBefore: Date,
): Promise<boolean> {
  const claimed = await trx
    .updateTable('conversations')
    .set({ away_sent_at: now })
    .where('id', '=', conversationId)
    .where((eb) => eb.or([eb('away_sent_at', 'is', null), eb('away_sent_at', '<=', dueBefore)]))
    .returning('id')
    .executeTakeFirst();
  return claimed !== undefined;
}
