import type { Kysely, Transaction } from 'kysely';
import type { CollectionRow, Database, ProductRow } from './schema';

type Executor = Kysely<Database> | Transaction<Database>;

export function listCollections(db: Executor, businessId: string): Promise<CollectionRow[]> {
  return db
    .selectFrom('collections')
    .selectAll()
    .where('business_id', '=', businessId)
    .orderBy('position')
    .execute();
}

/** Products shoppers may see: not hidden, in the business's order. */
export function listVisibleProducts(db: Executor, businessId: string): Promise<ProductRow[]> {
  return db
    .selectFrom('products')
    .selectAll()
    .where('business_id', '=', businessId)
    .where('hidden', '=', false)
    .orderBy('position')
    .orderBy('name')
    .execute();
}

export function findVisibleProduct(
  db: Executor,
  businessId: string,
  productId: string,
): Promise<ProductRow | undefined> {
  return db
    .selectFrom('products')
    .selectAll()
    .where('business_id', '=', businessId)
    .where('id', '=', productId)
    .where('hidden', '=', false)
    .executeTakeFirst();
}

export async function findProductsByIds(db: Executor, ids: string[]): Promise<ProductRow[]> {
  if (!ids.length) return [];
  return db.selectFrom('products').selectAll().where('id', 'in', ids).execute();
}

/** Takes `quantity` from stock only if that much is there; false when it is not. */
export async function takeStock(
  trx: Transaction<Database>,
  productId: string,
  quantity: number,
): Promise<boolean> {
  const updated = await trx
    .updateTable('products')
    .set((eb) => ({ stock: eb('stock', '-', quantity), updated_at: new Date() }))
    .where('id', '=', productId)
    .where('stock', '>=', quantity)
    .returning('id')
    .executeTakeFirst();
  return updated !== undefined;
}

export async function returnStock(
  trx: Transaction<Database>,
  productId: string,
  quantity: number,
): Promise<void> {
  await trx
    .updateTable('products')
    .set((eb) => ({ stock: eb('stock', '+', quantity), updated_at: new Date() }))
    .where('id', '=', productId)
    .execute();
}
