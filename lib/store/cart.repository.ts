import type { Kysely, Transaction } from 'kysely';
import type { CartItemRow, Database, SelectedOptionsRecord } from './schema';

type Executor = Kysely<Database> | Transaction<Database>;

/** Creates the conversation's cart if needed and locks it for the rest of the transaction. */
export async function lockCart(
  trx: Transaction<Database>,
  conversationId: string,
): Promise<{ version: number }> {
  await trx
    .insertInto('carts')
    .values({ conversation_id: conversationId })
    .onConflict((oc) => oc.doNothing())
    .execute();
  return trx
    .selectFrom('carts')
    .select('version')
    .where('conversation_id', '=', conversationId)
    .forUpdate()
    .executeTakeFirstOrThrow();
}

/**
 * Records that the cart change with this client id is applied; false when it already was, so a
 * replay changes nothing. Call inside the transaction that makes the change, after lockCart.
 */
export async function claimCartOperation(
  trx: Transaction<Database>,
  conversationId: string,
  clientId: string,
): Promise<boolean> {
  const claimed = await trx
    .insertInto('cart_operations')
    .values({ conversation_id: conversationId, client_id: clientId })
    .onConflict((oc) => oc.doNothing())
    .returning('client_id')
    .executeTakeFirst();
  return claimed !== undefined;
}

export async function cartVersion(db: Executor, conversationId: string): Promise<number> {
  const row = await db
    .selectFrom('carts')
    .select('version')
    .where('conversation_id', '=', conversationId)
    .executeTakeFirst();
  return row?.version ?? 0;
}

export async function bumpCartVersion(
  trx: Transaction<Database>,
  conversationId: string,
): Promise<void> {
  await trx
    .updateTable('carts')
    .set((eb) => ({ version: eb('version', '+', 1), updated_at: new Date() }))
    .where('conversation_id', '=', conversationId)
    .execute();
}

export function listCartItems(db: Executor, conversationId: string): Promise<CartItemRow[]> {
  return db
    .selectFrom('cart_items')
    .selectAll()
    .where('conversation_id', '=', conversationId)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
}

export function findCartItem(
  db: Executor,
  conversationId: string,
  itemId: string,
): Promise<CartItemRow | undefined> {
  return db
    .selectFrom('cart_items')
    .selectAll()
    .where('conversation_id', '=', conversationId)
    .where('id', '=', itemId)
    .executeTakeFirst();
}

export async function upsertCartItem(
  trx: Transaction<Database>,
  item: {
    conversationId: string;
    productId: string;
    optionKey: string;
    options: SelectedOptionsRecord;
    quantity: number;
    price: number;
  },
): Promise<void> {
  await trx
    .insertInto('cart_items')
    .values({
      conversation_id: item.conversationId,
      product_id: item.productId,
      option_key: item.optionKey,
      options: JSON.stringify(item.options),
      quantity: item.quantity,
      added_price: item.price,
    })
    .onConflict((oc) =>
      oc
        .columns(['conversation_id', 'product_id', 'option_key'])
        .doUpdateSet({ quantity: item.quantity }),
    )
    .execute();
}

export async function setCartItemQuantity(
  trx: Transaction<Database>,
  itemId: string,
  quantity: number,
): Promise<void> {
  await trx.updateTable('cart_items').set({ quantity }).where('id', '=', itemId).execute();
}

export async function deleteCartItem(trx: Transaction<Database>, itemId: string): Promise<void> {
  await trx.deleteFrom('cart_items').where('id', '=', itemId).execute();
}

export async function clearCart(trx: Transaction<Database>, conversationId: string): Promise<void> {
  await trx.deleteFrom('cart_items').where('conversation_id', '=', conversationId).execute();
}
