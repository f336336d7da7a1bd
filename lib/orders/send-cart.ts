// Send cart: the server prices every line from the catalog, and in one transaction stores the
// order, its chat message and an empty cart. A retried or doubled send makes one order.
import type { Kysely } from 'kysely';
import { findShopperConversation, outOfStock, viewCart } from '../cart/cart.service';
import { toMessage } from '../chat/views';
import { carryPendingReferral } from '../links/referral.service';
import type { Message } from '../protocol/chat.schema';
import type { Cart, CartSendInput } from '../protocol/commerce.schema';
import { AppError } from '../protocol/errors';
import type { SocketIdentity } from '../protocol/events';
import { findBusinessById } from '../store/business.repository';
import { bumpCartVersion, clearCart, listCartItems, lockCart } from '../store/cart.repository';
import { findProductsByIds } from '../store/catalog.repository';
import {
  findMessageByClientId,
  findMessageById,
  insertNumberedMessage,
} from '../store/message.repository';
import { insertOrder, nextOrderNumber } from '../store/order.repository';
import type { Database, OrderItemSnapshot } from '../store/schema';

export interface SentCart {
  message: Message;
  cart: Cart;
  /** False when this send repeated one already stored: nothing new to broadcast. */
  created: boolean;
}

export async function sendCart(
  db: Kysely<Database>,
  identity: SocketIdentity,
  input: CartSendInput,
): Promise<SentCart> {
  const conversation = await findShopperConversation(db, identity, input.conversationId);
  const repeat = async (): Promise<SentCart | undefined> => {
    const existing = await findMessageByClientId(db, conversation.id, input.clientId);
    if (!existing) return undefined;
    if (existing.kind !== 'order')
      throw new AppError('CONFLICT', 'This message id was already used for another message.');
    return { message: toMessage(existing), cart: await viewCart(db, conversation), created: false };
  };
  const earlier = await repeat();
  if (earlier) return earlier;

  const messageId = await db.transaction().execute(async (trx) => {
    const cart = await lockCart(trx, conversation.id);
    // A twin of this send may have committed while we waited for the lock.
    if (await findMessageByClientId(trx, conversation.id, input.clientId)) return null;
    const business = await findBusinessById(trx, conversation.business_id);
    if (!business) throw new AppError('NOT_FOUND', 'This business does not exist.');
    if (cart.version !== input.cartVersion || business.catalog_version !== input.catalogVersion) {
      throw new AppError(
        'CART_CHANGED',
        'Your cart or the catalog changed. Check the cart and send it again.',
      );
    }
    const items = await listCartItems(trx, conversation.id);
    if (!items.length) throw new AppError('CART_EMPTY', 'Your cart is empty.');
    const products = new Map(
      (
        await findProductsByIds(
          trx,
          items.map((i) => i.product_id),
        )
      ).map((p) => [p.id, p]),
    );

    const lines: OrderItemSnapshot[] = items.map((item) => {
      const product = products.get(item.product_id);
      if (!product || product.hidden || product.business_id !== business.id) {
        throw new AppError('OUT_OF_STOCK', 'An item in your cart is no longer available.');
      }
      const wanted = items
        .filter((i) => i.product_id === product.id)
        .reduce((sum, i) => sum + i.quantity, 0);
      if (wanted > product.stock) throw outOfStock(product.name, product.stock);
      return {
        productId: product.id,
        sku: product.sku,
        name: product.name,
        image: product.images[0] ?? null,
        options: item.options,
        quantity: item.quantity,
        unitPrice: product.price,
        lineTotal: product.price * item.quantity,
        currency: product.currency,
      };
    });
    const total = lines.reduce((sum, line) => sum + line.lineTotal, 0);
    const { order_seq: number, catalog_version: catalogVersion } = await nextOrderNumber(
      trx,
      business.id,
    );
    const order = await insertOrder(trx, {
      businessId: business.id,
      conversationId: conversation.id,
      number,
      items: lines,
      currency: 'IDR',
      total,
      note: input.note ?? '',
      catalogVersion,
      referralId: conversation.current_referral_id,
    });
    const count = lines.reduce((sum, line) => sum + line.quantity, 0);
    const id = await insertNumberedMessage(trx, {
      conversationId: conversation.id,
      clientId: input.clientId,
      sender: 'shopper',
      agentId: null,
      kind: 'order',
      text: `Order #${number} · ${count} item${count === 1 ? '' : 's'}`,
      orderId: order.id,
    });
    await carryPendingReferral(trx, conversation, id);
    await clearCart(trx, conversation.id);
    await bumpCartVersion(trx, conversation.id);
    return id;
  });

  if (!messageId) {
    const twin = await repeat();
    if (!twin) throw new Error('the order that raced this send is missing');
    return twin;
  }
  return {
    message: toMessage(await findMessageById(db, messageId)),
    cart: await viewCart(db, conversation),
    created: true,
  };
}
