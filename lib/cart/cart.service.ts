// The shopper's cart in one conversation: lives on the server, priced from today's catalog.
import type { Kysely, Transaction } from 'kysely';
import { checkOptions, optionKey } from '../catalog/options';
import { findAccessibleConversation } from '../chat/conversation.service';
import {
  MAX_QUANTITY,
  type Cart,
  type CartAddInput,
  type CartRemoveInput,
  type CartUpdateInput,
} from '../protocol/commerce.schema';
import { AppError } from '../protocol/errors';
import type { SocketIdentity } from '../protocol/events';
import { findBusinessById } from '../store/business.repository';
import {
  bumpCartVersion,
  claimCartOperation,
  cartVersion,
  deleteCartItem,
  findCartItem,
  listCartItems,
  lockCart,
  setCartItemQuantity,
  upsertCartItem,
} from '../store/cart.repository';
import { findProductsByIds, findVisibleProduct } from '../store/catalog.repository';
import type { CartItemRow, ConversationRow, Database } from '../store/schema';

export async function findShopperConversation(
  db: Kysely<Database>,
  identity: SocketIdentity,
  conversationId: string,
): Promise<ConversationRow> {
  if (identity.role !== 'shopper')
    throw new AppError('FORBIDDEN', 'Only the shopper can change their cart.');
  return findAccessibleConversation(db, identity, conversationId);
}

export function outOfStock(name: string, stock: number): AppError {
  return new AppError(
    'OUT_OF_STOCK',
    stock > 0 ? `Only ${stock} of ${name} left.` : `${name} is sold out.`,
  );
}

export async function viewCart(db: Kysely<Database>, conversation: ConversationRow): Promise<Cart> {
  const [items, version, business] = await Promise.all([
    listCartItems(db, conversation.id),
    cartVersion(db, conversation.id),
    findBusinessById(db, conversation.business_id),
  ]);
  const products = new Map(
    (
      await findProductsByIds(
        db,
        items.map((i) => i.product_id),
      )
    ).map((p) => [p.id, p]),
  );
  // Stock is per product, so lines of one product in several options share it.
  const wanted = new Map<string, number>();
  for (const item of items)
    wanted.set(item.product_id, (wanted.get(item.product_id) ?? 0) + item.quantity);
  const lines = items.map((item) => {
    const product = products.get(item.product_id);
    const unitPrice = product?.price ?? item.added_price;
    const stock = product && !product.hidden ? product.stock : 0;
    return {
      id: item.id,
      productId: item.product_id,
      sku: product?.sku ?? '',
      name: product?.name ?? '',
      image: product?.images[0] ?? null,
      options: item.options,
      quantity: item.quantity,
      unitPrice,
      addedPrice: item.added_price,
      lineTotal: unitPrice * item.quantity,
      stock,
      available: stock >= (wanted.get(item.product_id) ?? item.quantity),
    };
  });
  return {
    conversationId: conversation.id,
    version,
    catalogVersion: business?.catalog_version ?? 0,
    currency: 'IDR',
    items: lines,
    itemCount: lines.reduce((sum, line) => sum + line.quantity, 0),
    subtotal: lines.reduce((sum, line) => sum + line.lineTotal, 0),
    changed: lines.some((line) => !line.available || line.unitPrice !== line.addedPrice),
  };
}

export async function getCart(
  db: Kysely<Database>,
  identity: SocketIdentity,
  conversationId: string,
): Promise<Cart> {
  return viewCart(db, await findShopperConversation(db, identity, conversationId));
}

export async function addToCart(
  db: Kysely<Database>,
  identity: SocketIdentity,
  input: CartAddInput,
): Promise<Cart> {
  const conversation = await findShopperConversation(db, identity, input.conversationId);
  await db.transaction().execute(async (trx) => {
    await lockCart(trx, conversation.id);
    if (input.clientId && !(await claimCartOperation(trx, conversation.id, input.clientId))) return;
    const product = await findVisibleProduct(trx, conversation.business_id, input.productId);
    if (!product) throw new AppError('NOT_FOUND', 'This product is not in the catalog.');
    const options = checkOptions(product.options, input.options);
    const key = optionKey(options);
    const items = await listCartItems(trx, conversation.id);
    const line = items.find((item) => item.product_id === product.id && item.option_key === key);
    const inCart = items
      .filter((item) => item.product_id === product.id)
      .reduce((sum, item) => sum + item.quantity, 0);
    const quantity = (line?.quantity ?? 0) + input.quantity;
    if (quantity > MAX_QUANTITY) {
      throw new AppError('INVALID_PAYLOAD', `At most ${MAX_QUANTITY} of one item per order.`);
    }
    if (inCart + input.quantity > product.stock) throw outOfStock(product.name, product.stock);
    await upsertCartItem(trx, {
      conversationId: conversation.id,
      productId: product.id,
      optionKey: key,
      options,
      quantity,
      price: product.price,
    });
    await bumpCartVersion(trx, conversation.id);
  });
  return viewCart(db, conversation);
}

/**
 * One change to one cart line, inside a transaction on the locked cart that bumps its version;
 * answers the cart as it is afterwards.
 */
async function changeCartItem(
  db: Kysely<Database>,
  identity: SocketIdentity,
  input: { conversationId: string; itemId: string },
  change: (
    trx: Transaction<Database>,
    item: CartItemRow,
    conversation: ConversationRow,
  ) => Promise<void>,
): Promise<Cart> {
  const conversation = await findShopperConversation(db, identity, input.conversationId);
  await db.transaction().execute(async (trx) => {
    await lockCart(trx, conversation.id);
    const item = await findCartItem(trx, conversation.id, input.itemId);
    if (!item) throw new AppError('NOT_FOUND', 'That item is not in the cart any more.');
    await change(trx, item, conversation);
    await bumpCartVersion(trx, conversation.id);
  });
  return viewCart(db, conversation);
}

export function updateCartItem(
  db: Kysely<Database>,
  identity: SocketIdentity,
  input: CartUpdateInput,
): Promise<Cart> {
  return changeCartItem(db, identity, input, async (trx, item, conversation) => {
    const [product] = await findProductsByIds(trx, [item.product_id]);
    if (!product || product.hidden) {
      throw new AppError('NOT_FOUND', 'This product is not in the catalog.');
    }
    const others = (await listCartItems(trx, conversation.id))
      .filter((other) => other.product_id === item.product_id && other.id !== item.id)
      .reduce((sum, other) => sum + other.quantity, 0);
    if (input.quantity > item.quantity && others + input.quantity > product.stock) {
      throw outOfStock(product.name, product.stock);
    }
    await setCartItemQuantity(trx, item.id, input.quantity);
  });
}

export function removeCartItem(
  db: Kysely<Database>,
  identity: SocketIdentity,
  input: CartRemoveInput,
): Promise<Cart> {
  return changeCartItem(db, identity, input, (trx, item) => deleteCartItem(trx, item.id));
}
