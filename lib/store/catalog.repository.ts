import type { Kysely, Transaction } from 'kysely';
import type {
  CartItemRow,
  CollectionRow,
  ConversationRow,
  Database,
  ProductOption,
  ProductRow,
} from './schema';

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

/** A product a shared link names by SKU, if shoppers may see it. */
export function findVisibleProductBySku(
  db: Executor,
  businessId: string,
  sku: string,
): Promise<ProductRow | undefined> {
  return db
    .selectFrom('products')
    .selectAll()
    .where('business_id', '=', businessId)
    .where('sku', '=', sku)
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

// Catalog management. Lock order in every transaction that changes the catalog: the product row,
// then the carts that hold it, then the business row (catalog_version) last — send-cart locks a
// cart before the business row, so this order cannot deadlock with it.

/** Every product of the business, hidden ones too, for the management page. */
export function listAllProducts(db: Executor, businessId: string): Promise<ProductRow[]> {
  return db
    .selectFrom('products')
    .selectAll()
    .where('business_id', '=', businessId)
    .orderBy('position')
    .orderBy('name')
    .execute();
}

/** The product if it belongs to the business, locked against other changes (not against carts). */
export function lockProductOf(
  trx: Transaction<Database>,
  businessId: string,
  productId: string,
): Promise<ProductRow | undefined> {
  return trx
    .selectFrom('products')
    .selectAll()
    .where('business_id', '=', businessId)
    .where('id', '=', productId)
    .forNoKeyUpdate()
    .executeTakeFirst();
}

/** Products of the business whose SKU starts with `prefix`. */
export function listSkusLike(
  db: Executor,
  businessId: string,
  prefix: string,
): Promise<Array<{ id: string; sku: string }>> {
  return db
    .selectFrom('products')
    .select(['id', 'sku'])
    .where('business_id', '=', businessId)
    .where('sku', 'like', `${prefix.replace(/[\\%_]/g, '\\$&')}%`)
    .execute();
}

/** The position after the business's last product or collection: new ones go to the end. */
export async function nextPosition(
  db: Executor,
  table: 'products' | 'collections',
  businessId: string,
) {
  const row = await db
    .selectFrom(table)
    .select((eb) => eb.fn.max<number | null>('position').as('last'))
    .where('business_id', '=', businessId)
    .executeTakeFirst();
  return (row?.last ?? -1) + 1;
}

export type ProductValues = Pick<
  ProductRow,
  'collection_id' | 'sku' | 'name' | 'description' | 'price' | 'stock' | 'hidden'
> & { options: ProductOption[]; images: string[] };

export async function insertProduct(
  trx: Transaction<Database>,
  businessId: string,
  values: ProductValues,
): Promise<ProductRow> {
  return trx
    .insertInto('products')
    .values({
      ...values,
      business_id: businessId,
      currency: 'IDR',
      options: JSON.stringify(values.options),
      images: JSON.stringify(values.images),
      position: await nextPosition(trx, 'products', businessId),
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export function updateProduct(
  trx: Transaction<Database>,
  productId: string,
  values: ProductValues,
): Promise<ProductRow> {
  return trx
    .updateTable('products')
    .set({
      ...values,
      options: JSON.stringify(values.options),
      images: JSON.stringify(values.images),
      updated_at: new Date(),
    })
    .where('id', '=', productId)
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function deleteProduct(trx: Transaction<Database>, productId: string): Promise<void> {
  await trx.deleteFrom('products').where('id', '=', productId).execute();
}

/** Locks the carts holding the product and answers their conversations. */
export function lockCartsHoldingProduct(
  trx: Transaction<Database>,
  productId: string,
): Promise<ConversationRow[]> {
  return trx
    .selectFrom('carts')
    .innerJoin('conversations', 'conversations.id', 'carts.conversation_id')
    .selectAll('conversations')
    .where('carts.conversation_id', 'in', (eb) =>
      eb.selectFrom('cart_items').select('conversation_id').where('product_id', '=', productId),
    )
    .orderBy('carts.conversation_id')
    .forUpdate('carts')
    .execute();
}

export function listCartItemsOfProduct(
  trx: Transaction<Database>,
  productId: string,
): Promise<CartItemRow[]> {
  return trx.selectFrom('cart_items').selectAll().where('product_id', '=', productId).execute();
}

/** The next catalog version, so a cart priced against the old one is refused at send. */
export function bumpCatalogVersion(
  trx: Transaction<Database>,
  businessId: string,
): Promise<{ catalog_version: number; slug: string }> {
  return trx
    .updateTable('businesses')
    .set((eb) => ({ catalog_version: eb('catalog_version', '+', 1) }))
    .where('id', '=', businessId)
    .returning(['catalog_version', 'slug'])
    .executeTakeFirstOrThrow();
}
