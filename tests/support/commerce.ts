// Catalog look-ups and cart steps shared by the commerce tests.
import { randomUUID } from 'node:crypto';
import type { Store } from '@/lib/store/connect';
import { request, type TestSocket } from './clients';

export async function productBySku(store: Store, sku: string) {
  return store.db
    .selectFrom('products')
    .innerJoin('businesses', 'businesses.id', 'products.business_id')
    .selectAll('products')
    .where('businesses.slug', '=', 'demo')
    .where('products.sku', '=', sku)
    .executeTakeFirstOrThrow();
}

/** Opens the demo conversation and fills the cart; returns the conversation id and cart. */
export async function fillCart(
  socket: TestSocket,
  lines: Array<{ productId: string; quantity: number; options?: Record<string, string> }>,
) {
  const { conversation } = await request(socket, 'conversation:open', { businessSlug: 'demo' });
  let cart = (await request(socket, 'cart:get', { conversationId: conversation.id })).cart;
  for (const line of lines) {
    cart = (
      await request(socket, 'cart:add', {
        conversationId: conversation.id,
        productId: line.productId,
        quantity: line.quantity,
        options: line.options ?? {},
      })
    ).cart;
  }
  return { conversationId: conversation.id, cart };
}

export function sendPayload(
  conversationId: string,
  cart: { version: number; catalogVersion: number },
) {
  return {
    conversationId,
    clientId: randomUUID(),
    cartVersion: cart.version,
    catalogVersion: cart.catalogVersion,
  };
}
