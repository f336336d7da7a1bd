// A shopper's session reaches no business event: every event that is not a shopper's own is
// refused, with valid payloads naming the shopper's own conversation and order and the business's
// own ids, and nothing of the business changes or is announced.
import { randomUUID } from 'node:crypto';
import type { ClientToServerEvents, ServerToClientEvents } from '@/lib/protocol/events';
import { call, request } from '../../support/clients';
import { fillCart, productBySku, sendPayload } from '../../support/commerce';
import { expectNothing, refusal } from '../../support/expectations';
import { useRealtimeHarness } from '../../support/harness';
import { demoBusinessId } from '../../support/seed';
import { storeKinds } from '../../support/store';

jest.setTimeout(60_000);

/** What a shopper's socket may send; everything else in the protocol belongs to the business. */
type ShopperEvent =
  | 'conversation:open'
  | 'conversation:join'
  | 'message:send'
  | 'message:sync'
  | 'message:history'
  | 'receipt:update'
  | 'typing:update'
  | 'cart:get'
  | 'cart:add'
  | 'cart:update'
  | 'cart:remove'
  | 'cart:send'
  | 'push:key'
  | 'push:subscribe'
  | 'push:unsubscribe'
  | 'presence:update';

interface Ids {
  conversationId: string;
  orderId: string;
  productId: string;
  collectionIds: string[];
  labelId: string;
  quickReplyId: string;
  linkId: string;
  ownerId: string;
}

// A Record over every other event: a new event in the protocol fails the type check here until it
// is listed as a shopper's or given a payload below.
const businessEvents: Record<
  Exclude<keyof ClientToServerEvents, ShopperEvent>,
  (ids: Ids) => unknown
> = {
  'conversation:list': () => ({}),
  'conversation:label': (ids) => ({
    conversationId: ids.conversationId,
    labelId: ids.labelId,
    action: 'add',
  }),
  'conversation:rename': (ids) => ({ conversationId: ids.conversationId, shopperName: 'Me' }),
  'order:accept': (ids) => ({ orderId: ids.orderId }),
  'order:decline': (ids) => ({ orderId: ids.orderId, reason: 'No' }),
  'order:fulfill': (ids) => ({ orderId: ids.orderId }),
  'order:cancel': (ids) => ({ orderId: ids.orderId }),
  'order:list': () => ({}),
  'catalog:admin-list': () => ({}),
  'product:create': (ids) => ({
    name: 'Sneaky',
    price: 1,
    stock: 1,
    collectionId: ids.collectionIds[0],
  }),
  'product:update': (ids) => ({ productId: ids.productId, price: 1 }),
  'product:delete': (ids) => ({ productId: ids.productId }),
  'collection:create': () => ({ name: 'Sneaky' }),
  'collection:update': (ids) => ({ collectionId: ids.collectionIds[0], name: 'Sneaky' }),
  'collection:delete': (ids) => ({ collectionId: ids.collectionIds[0] }),
  'collection:reorder': (ids) => ({ collectionIds: [...ids.collectionIds].reverse() }),
  'settings:get': () => ({}),
  'settings:update': () => ({ name: 'Punyaku' }),
  'report:campaigns': () => ({ from: '2026-01-01', to: '2026-01-31' }),
  'team:list': () => ({}),
  'team:add': () => ({
    displayName: 'Sneaky',
    email: 'sneaky@demo.local',
    password: 'a long enough password',
  }),
  'team:remove': (ids) => ({ agentId: ids.ownerId }),
  'label:list': () => ({}),
  'label:create': () => ({ name: 'Sneaky', color: 'red' }),
  'label:update': (ids) => ({ labelId: ids.labelId, name: 'Sneaky' }),
  'label:delete': (ids) => ({ labelId: ids.labelId }),
  'quick-reply:list': () => ({}),
  'quick-reply:create': () => ({ shortcut: 'sneaky', text: 'Sneaky' }),
  'quick-reply:update': (ids) => ({ quickReplyId: ids.quickReplyId, text: 'Sneaky' }),
  'quick-reply:delete': (ids) => ({ quickReplyId: ids.quickReplyId }),
  'link:list': () => ({}),
  'link:create': () => ({ name: 'Sneaky', sourceType: 'ad' }),
  'link:update': (ids) => ({ linkId: ids.linkId, disabled: true }),
};

const businessBroadcasts: Array<keyof ServerToClientEvents> = [
  'conversation:updated',
  'order:updated',
  'catalog:updated',
  'business:updated',
  'team:updated',
  'labels:updated',
  'quick-replies:updated',
  'link:created',
  'link:updated',
];

describe.each(storeKinds())('a shopper reaches no business event (%s)', (kind) => {
  const harness = useRealtimeHarness(kind);

  /** Every row of the business a refused event could have changed. */
  async function businessSnapshot() {
    const { db } = harness.store;
    const [business, agents, collections, products, orders, labels, tagged, replies, links] =
      await Promise.all([
        db.selectFrom('businesses').selectAll().orderBy('id').execute(),
        db.selectFrom('agents').selectAll().orderBy('id').execute(),
        db.selectFrom('collections').selectAll().orderBy('id').execute(),
        db.selectFrom('products').selectAll().orderBy('id').execute(),
        db.selectFrom('orders').selectAll().orderBy('id').execute(),
        db.selectFrom('labels').selectAll().orderBy('id').execute(),
        db.selectFrom('conversation_labels').selectAll().orderBy('conversation_id').execute(),
        db.selectFrom('quick_replies').selectAll().orderBy('id').execute(),
        db.selectFrom('links').selectAll().orderBy('id').execute(),
      ]);
    return { business, agents, collections, products, orders, labels, tagged, replies, links };
  }

  test('every business event is FORBIDDEN, nothing changes and no agent hears of it', async () => {
    const owner = await harness.agent();
    const customer = await harness.shopper();
    const bowl = await productBySku(harness.store, 'mangkuk-kayu-jati');
    const { conversationId, cart } = await fillCart(customer, [
      { productId: bowl.id, quantity: 1 },
    ]);
    const { message } = await request(customer, 'cart:send', sendPayload(conversationId, cart));
    const businessId = await demoBusinessId(harness.store);
    const collections = await harness.store.db
      .selectFrom('collections')
      .select('id')
      .where('business_id', '=', businessId)
      .orderBy('position')
      .execute();
    const ownerRow = await harness.store.db
      .selectFrom('agents')
      .select('id')
      .where('business_id', '=', businessId)
      .where('role', '=', 'owner')
      .executeTakeFirstOrThrow();
    const ids: Ids = {
      conversationId,
      orderId: message.order!.id,
      productId: bowl.id,
      collectionIds: collections.map((collection) => collection.id),
      labelId: (await request(owner, 'label:create', { name: 'VIP', color: 'amber' })).label.id,
      quickReplyId: (
        await request(owner, 'quick-reply:create', { shortcut: 'halo', text: 'Halo, kak!' })
      ).quickReply.id,
      linkId: (await request(owner, 'link:create', { name: 'Instagram', sourceType: 'post' })).link
        .id,
      ownerId: ownerRow.id,
    };
    const before = await businessSnapshot();
    const quiet = expectNothing(owner, businessBroadcasts);

    for (const [event, payload] of Object.entries(businessEvents)) {
      const name = event as keyof typeof businessEvents;
      const error = refusal(await call(customer, name, payload(ids)));
      expect([name, error.code]).toEqual([name, 'FORBIDDEN']);
    }
    await quiet;
    expect(await businessSnapshot()).toEqual(before);
    // The refusals left the shopper's own chat working.
    await request(customer, 'message:send', { conversationId, clientId: randomUUID(), text: 'Ok' });
  });
});
