// Collections as the management page changes them (the shopper's list is in catalog.repository).
import type { Kysely, Transaction } from 'kysely';
import { nextPosition } from './catalog.repository';
import type { CollectionRow, Database } from './schema';

type Executor = Kysely<Database> | Transaction<Database>;

export function findCollectionOf(
  db: Executor,
  businessId: string,
  collectionId: string,
): Promise<CollectionRow | undefined> {
  return db
    .selectFrom('collections')
    .selectAll()
    .where('business_id', '=', businessId)
    .where('id', '=', collectionId)
    .executeTakeFirst();
}

export async function insertCollection(
  trx: Transaction<Database>,
  businessId: string,
  values: { name: string; slug: string },
): Promise<CollectionRow> {
  return trx
    .insertInto('collections')
    .values({
      ...values,
      business_id: businessId,
      position: await nextPosition(trx, 'collections', businessId),
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export function renameCollection(
  trx: Transaction<Database>,
  collectionId: string,
  name: string,
): Promise<CollectionRow> {
  return trx
    .updateTable('collections')
    .set({ name })
    .where('id', '=', collectionId)
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** Its products stay, in no collection (the foreign key sets them to null). */
export async function deleteCollection(
  trx: Transaction<Database>,
  collectionId: string,
): Promise<void> {
  await trx.deleteFrom('collections').where('id', '=', collectionId).execute();
}

export async function setCollectionPosition(
  trx: Transaction<Database>,
  collectionId: string,
  position: number,
): Promise<void> {
  await trx.updateTable('collections').set({ position }).where('id', '=', collectionId).execute();
}
