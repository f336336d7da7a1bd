// Shoppers' web push subscriptions, and what a notification needs to say.
import type { Kysely } from 'kysely';
import type { Database, PushSubscriptionRow } from './schema';

/** Browsers kept per shopper; subscribing more drops the least recently subscribed. */
export const MAX_SUBSCRIPTIONS_PER_SHOPPER = 10;

export interface NewPushSubscription {
  shopperId: string;
  endpoint: string;
  p256dh: string;
  auth: string;
  expiresAt: Date | null;
}

/**
 * Stores a subscription once per endpoint. A browser that subscribes again (new keys, or a new
 * shopper cookie in the same browser) replaces its row: the endpoint belongs to whoever holds it.
 */
export async function upsertPushSubscription(
  db: Kysely<Database>,
  subscription: NewPushSubscription,
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto('shoppers')
      .values({ id: subscription.shopperId })
      .onConflict((oc) => oc.doNothing())
      .execute();
    const values = {
      shopper_id: subscription.shopperId,
      p256dh: subscription.p256dh,
      auth: subscription.auth,
      expires_at: subscription.expiresAt,
    };
    await trx
      .insertInto('push_subscriptions')
      .values({ endpoint: subscription.endpoint, ...values })
      .onConflict((oc) => oc.column('endpoint').doUpdateSet({ ...values, updated_at: new Date() }))
      .execute();
    // Every reply goes to every subscription: a shopper must not grow that list without end.
    const kept = trx
      .selectFrom('push_subscriptions')
      .select('endpoint')
      .where('shopper_id', '=', subscription.shopperId)
      .orderBy('updated_at', 'desc')
      .orderBy('endpoint')
      .limit(MAX_SUBSCRIPTIONS_PER_SHOPPER);
    await trx
      .deleteFrom('push_subscriptions')
      .where('shopper_id', '=', subscription.shopperId)
      .where('endpoint', 'not in', kept)
      .execute();
  });
}

/** Removes a shopper's own subscription; true when there was one. */
export async function deleteShopperPushSubscription(
  db: Kysely<Database>,
  shopperId: string,
  endpoint: string,
): Promise<boolean> {
  const result = await db
    .deleteFrom('push_subscriptions')
    .where('shopper_id', '=', shopperId)
    .where('endpoint', '=', endpoint)
    .executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

/** For subscriptions the push service reports gone (404/410). */
export async function deletePushSubscription(
  db: Kysely<Database>,
  endpoint: string,
): Promise<void> {
  await db.deleteFrom('push_subscriptions').where('endpoint', '=', endpoint).execute();
}

/** The shopper's live subscriptions; expired ones are left out (the browser renews them). */
export function listPushSubscriptions(
  db: Kysely<Database>,
  shopperId: string,
): Promise<PushSubscriptionRow[]> {
  return db
    .selectFrom('push_subscriptions')
    .selectAll()
    .where('shopper_id', '=', shopperId)
    .where((eb) => eb.or([eb('expires_at', 'is', null), eb('expires_at', '>', new Date())]))
    .orderBy('created_at')
    .execute();
}

export interface PushContext {
  shopperId: string;
  businessName: string;
  businessSlug: string;
}

/** Who a conversation's notification goes to, and the business it is from. */
export function findPushContext(
  db: Kysely<Database>,
  conversationId: string,
): Promise<PushContext | undefined> {
  return db
    .selectFrom('conversations')
    .innerJoin('businesses', 'businesses.id', 'conversations.business_id')
    .select([
      'conversations.shopper_id as shopperId',
      'businesses.name as businessName',
      'businesses.slug as businessSlug',
    ])
    .where('conversations.id', '=', conversationId)
    .executeTakeFirst();
}

/** Business messages the shopper has not read yet, over all their conversations: the app badge. */
export async function countShopperUnread(db: Kysely<Database>, shopperId: string): Promise<number> {
  const row = await db
    .selectFrom('messages')
    .innerJoin('conversations', 'conversations.id', 'messages.conversation_id')
    .select((eb) => eb.fn.countAll<string | number>().as('count'))
    .where('conversations.shopper_id', '=', shopperId)
    .where('messages.sender', '=', 'business')
    .whereRef('messages.seq', '>', 'conversations.shopper_read_seq')
    .executeTakeFirstOrThrow();
  return Number(row.count);
}
