// A campaign funnel: link opens recorded in the store (as the landing page records them), then
// over real sockets the chats and carts they became, or all of it in a store no server holds.
import { randomUUID } from 'node:crypto';
import { recordLanding } from '@/lib/links/referral.service';
import type { Store } from '@/lib/store/connect';
import { request, type TestSocket } from './clients';
import { fillCart, productBySku, sendPayload } from './commerce';
import { CHROME_ANDROID } from './user-agents';

export interface OpenFields {
  campaign?: string;
  adId?: string;
  content?: string;
  openedAt?: Date | string;
}

/** Records link opens for a business; returns their ids. */
export async function recordOpens(
  store: Store,
  businessId: string,
  count: number,
  fields: OpenFields = {},
): Promise<string[]> {
  const rows = await store.db
    .insertInto('link_opens')
    .values(
      Array.from({ length: count }, () => ({
        business_id: businessId,
        source_type: fields.adId ? ('ad' as const) : ('link' as const),
        utm_source: 'instagram',
        utm_campaign: fields.campaign ?? '',
        utm_content: fields.content ?? '',
        ad_id: fields.adId ?? '',
        ...(fields.openedAt && { opened_at: fields.openedAt }),
      })),
    )
    .returning('id')
    .execute();
  return rows.map((row) => row.id);
}

/** Arrivals at /c/<slug> through a link, recorded as the chat page records them; their open ids. */
export async function landThroughLink(
  store: Store,
  slug: string,
  query: Record<string, string>,
  count: number,
): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < count; i += 1) {
    const { arrival } = await recordLanding(store.db, { slug, query, userAgent: CHROME_ANDROID });
    if (!arrival) throw new Error(`no link open recorded for ${JSON.stringify(query)}`);
    ids.push(arrival.openId);
  }
  return ids;
}

/**
 * The shopper lands with the open (`arrival` on conversation:open attaches it) and writes a
 * message, which carries it; returns the conversation id.
 */
export async function chatThroughLink(shopper: TestSocket, openId: string): Promise<string> {
  const { conversation } = await request(shopper, 'conversation:open', {
    businessSlug: 'demo',
    arrival: { openId },
  });
  await request(shopper, 'message:send', {
    conversationId: conversation.id,
    clientId: randomUUID(),
    text: 'Halo, masih ada?',
  });
  return conversation.id;
}

/** The shopper sends a cart of `quantity` coffees over the socket; returns the order. */
export async function sendCoffeeCart(
  store: Store,
  shopper: TestSocket,
  quantity = 1,
): Promise<{ orderId: string; total: number }> {
  const coffee = await productBySku(store, 'kopi-arabika-gayo');
  const { conversationId, cart } = await fillCart(shopper, [
    { productId: coffee.id, quantity, options: { Gilingan: 'Biji utuh' } },
  ]);
  const { message } = await request(shopper, 'cart:send', sendPayload(conversationId, cart));
  if (!message.order) throw new Error('cart:send answered without an order');
  return { orderId: message.order.id, total: message.order.total };
}

/**
 * A whole funnel written straight into a store no server holds (PGlite opens a directory once):
 * one open carried into a conversation by a shopper's message, and an accepted order it brought.
 */
export async function seedAcceptedReferralOrder(
  store: Store,
  businessId: string,
  openId: string,
  total: number,
): Promise<void> {
  const shopperId = randomUUID();
  await store.db.insertInto('shoppers').values({ id: shopperId }).execute();
  const conversation = await store.db
    .insertInto('conversations')
    .values({ business_id: businessId, shopper_id: shopperId, last_seq: 1 })
    .returning('id')
    .executeTakeFirstOrThrow();
  const message = await store.db
    .insertInto('messages')
    .values({
      conversation_id: conversation.id,
      client_id: randomUUID(),
      seq: 1,
      sender: 'shopper',
      agent_id: null,
      kind: 'text',
      text: 'Halo',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await store.db
    .updateTable('link_opens')
    .set({ conversation_id: conversation.id, message_id: message.id, attached_at: new Date() })
    .where('id', '=', openId)
    .execute();
  const { order_seq } = await store.db
    .updateTable('businesses')
    .set((eb) => ({ order_seq: eb('order_seq', '+', 1) }))
    .where('id', '=', businessId)
    .returning('order_seq')
    .executeTakeFirstOrThrow();
  await store.db
    .insertInto('orders')
    .values({
      business_id: businessId,
      conversation_id: conversation.id,
      number: order_seq,
      status: 'accepted',
      items: '[]',
      currency: 'IDR',
      total,
      note: '',
      catalog_version: 1,
      decline_reason: null,
      referral_id: openId,
      accepted_at: new Date(),
    })
    .execute();
}
