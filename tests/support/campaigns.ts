// A campaign funnel in the store: link opens, the conversations and orders they became. The
// referral columns are written here as the landing path writes them (see migration 0009).
import { randomUUID } from 'node:crypto';
import type { Store } from '@/lib/store/connect';
import { request, type TestSocket } from './clients';
import { fillCart, productBySku, sendPayload } from './commerce';

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

/**
 * The shopper opens the demo chat with the open attached and writes a message that carries it;
 * returns the conversation id.
 */
export async function chatWithReferral(
  store: Store,
  shopper: TestSocket,
  openId: string,
): Promise<string> {
  const { conversation } = await request(shopper, 'conversation:open', { businessSlug: 'demo' });
  await store.db
    .updateTable('link_opens')
    .set({ conversation_id: conversation.id, attached_at: new Date() })
    .where('id', '=', openId)
    .execute();
  await store.db
    .updateTable('conversations')
    .set({ current_referral_id: openId })
    .where('id', '=', conversation.id)
    .execute();
  const { message } = await request(shopper, 'message:send', {
    conversationId: conversation.id,
    clientId: randomUUID(),
    text: 'Halo, masih ada?',
  });
  await store.db
    .updateTable('link_opens')
    .set({ message_id: message.id })
    .where('id', '=', openId)
    .execute();
  return conversation.id;
}

/** The shopper sends a cart of `quantity` coffees over the socket; the order keeps the referral. */
export async function sendCartWithReferral(
  store: Store,
  shopper: TestSocket,
  openId: string | null,
  quantity = 1,
): Promise<{ orderId: string; total: number }> {
  const coffee = await productBySku(store, 'kopi-arabika-gayo');
  const { conversationId, cart } = await fillCart(shopper, [
    { productId: coffee.id, quantity, options: { Gilingan: 'Biji utuh' } },
  ]);
  const { message } = await request(shopper, 'cart:send', sendPayload(conversationId, cart));
  const order = message.order;
  if (!order) throw new Error('cart:send answered without an order');
  await store.db
    .updateTable('orders')
    .set({ referral_id: openId })
    .where('id', '=', order.id)
    .execute();
  return { orderId: order.id, total: order.total };
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
