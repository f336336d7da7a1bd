import { randomUUID } from 'node:crypto';
import { recordLanding } from '@/lib/links/referral.service';
import type { SearchParams } from '@/lib/links/landing';
import { call, request, type TestSocket } from '../../support/clients';
import { fillCart, productBySku, sendPayload } from '../../support/commerce';
import { eventWhere, refusal } from '../../support/expectations';
import { useRealtimeHarness } from '../../support/harness';
import { createOtherBusiness, demoBusinessId } from '../../support/seed';
import { storeKinds } from '../../support/store';
import { CHROME_ANDROID } from '../../support/user-agents';

jest.setTimeout(60_000);

const AD_LANDING = {
  utm_source: 'instagram',
  utm_medium: 'paid_social',
  utm_campaign: 'ramadan',
  utm_content: 'Batik sale',
  ad_id: '123',
  fbclid: 'IwAR-fb-click-id',
  ctwa_clid: 'ctwa-click-id',
};

describe.each(storeKinds())('referrals from click-to-chat links (%s)', (kind) => {
  const harness = useRealtimeHarness(kind);
  const { shopper, agent } = harness;
  let otherShopSlug = '';

  beforeAll(async () => {
    otherShopSlug = `other-${kind}`;
    await createOtherBusiness(harness.store, otherShopSlug);
  });

  async function land(query: SearchParams, slug = 'demo', userAgent = CHROME_ANDROID) {
    const { arrival } = await recordLanding(harness.store.db, { slug, query, userAgent });
    if (!arrival) throw new Error('no open was recorded');
    return arrival;
  }

  function wire(arrival: { openId: string; fbclid: string | null; ctwaClid: string | null }) {
    return {
      openId: arrival.openId,
      ...(arrival.fbclid && { fbclid: arrival.fbclid }),
      ...(arrival.ctwaClid && { ctwaClid: arrival.ctwaClid }),
    };
  }

  async function openWith(socket: TestSocket, arrival?: Parameters<typeof wire>[0]) {
    return request(socket, 'conversation:open', {
      businessSlug: 'demo',
      ...(arrival && { arrival: wire(arrival) }),
    });
  }

  const findOpen = (id: string) =>
    harness.store.db
      .selectFrom('link_opens')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
  const findConversationRow = (id: string) =>
    harness.store.db
      .selectFrom('conversations')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirstOrThrow();

  test('an arrival through an ad is recorded without click ids, then attached with them', async () => {
    const arrival = await land(AD_LANDING);
    const recorded = await findOpen(arrival.openId);
    expect(recorded).toMatchObject({
      business_id: await demoBusinessId(harness.store),
      link_id: null,
      source_type: 'ad',
      source_id: '123',
      headline: 'Batik sale',
      utm_campaign: 'ramadan',
      fbclid: null,
      ctwa_clid: null,
      conversation_id: null,
    });
    expect(recorded.source_url).toBe(
      '/c/demo?utm_source=instagram&utm_medium=paid_social&utm_campaign=ramadan&utm_content=Batik+sale&ad_id=123',
    );

    const { conversation } = await openWith(await shopper(), arrival);
    const attached = await findOpen(arrival.openId);
    expect(attached).toMatchObject({
      conversation_id: conversation.id,
      fbclid: 'IwAR-fb-click-id',
      ctwa_clid: 'ctwa-click-id',
      message_id: null,
    });
    expect(attached.attached_at).toBeInstanceOf(Date);
    expect(await findConversationRow(conversation.id)).toMatchObject({
      current_referral_id: arrival.openId,
      pending_referral_id: arrival.openId,
    });

    const { referrals } = await request(await agent(), 'conversation:join', {
      conversationId: conversation.id,
    });
    expect(referrals).toEqual([
      expect.objectContaining({
        id: arrival.openId,
        sourceType: 'ad',
        headline: 'Batik sale',
        adId: '123',
        utm: expect.objectContaining({ source: 'instagram', campaign: 'ramadan' }),
        clickIds: { fbclid: 'IwAR-fb-click-id', ctwaClid: 'ctwa-click-id' },
        messageSeq: null,
      }),
    ]);
  });

  test('a preview crawler records no open', async () => {
    const { arrival } = await recordLanding(harness.store.db, {
      slug: 'demo',
      query: AD_LANDING,
      userAgent: 'facebookexternalhit/1.1 (+http://www.facebook.com/externalhit_uatext.php)',
    });
    expect(arrival).toBeNull();
  });

  test("a ref naming one of the business's links takes the link's name, text and product image", async () => {
    const product = await productBySku(harness.store, 'kemeja-batik-parang');
    const code = `Ref${kind === 'pglite' ? 'A' : 'B'}1234`;
    await harness.store.db
      .insertInto('links')
      .values({
        business_id: await demoBusinessId(harness.store),
        code,
        name: 'Parang shirt story',
        source_type: 'post',
        product_id: product.id,
        text: 'Is the Parang shirt in stock?',
        utm_campaign: 'lebaran',
      })
      .execute();
    const arrival = await land({ ref: code, src: 'qr' });
    expect(await findOpen(arrival.openId)).toMatchObject({
      source_type: 'qr',
      source_id: code,
      headline: 'Parang shirt story',
      body: 'Is the Parang shirt in stock?',
      media_url: product.images[0],
      utm_campaign: 'lebaran',
      ref: code,
    });
    const linked = await findOpen(arrival.openId);
    expect(linked.link_id).not.toBeNull();

    await harness.store.db
      .updateTable('links')
      .set({ disabled_at: new Date() })
      .where('code', '=', code)
      .execute();
    const unlinked = await findOpen((await land({ ref: code, utm_content: 'Story' })).openId);
    expect(unlinked).toMatchObject({ link_id: null, headline: 'Story', source_id: code, body: '' });
  });

  test('a replayed open, or one another shopper landed with, is ignored and changes nothing', async () => {
    const arrival = await land(AD_LANDING);
    const first = await shopper();
    const { conversation } = await openWith(first, arrival);
    const attached = await findOpen(arrival.openId);

    // The same shopper again (a reload with the same id) and another shopper using it.
    await openWith(first, { ...arrival, fbclid: 'changed' });
    const { conversation: theirs } = await openWith(await shopper(), arrival);
    expect(await findOpen(arrival.openId)).toEqual(attached);
    expect(await findConversationRow(theirs.id)).toMatchObject({
      current_referral_id: null,
      pending_referral_id: null,
    });
    expect((await findConversationRow(conversation.id)).current_referral_id).toBe(arrival.openId);
  });

  test("another business's open is ignored by this business's chat", async () => {
    const foreign = await land({ utm_campaign: 'elsewhere' }, otherShopSlug);
    const { conversation } = await openWith(await shopper(), foreign);
    expect(await findOpen(foreign.openId)).toMatchObject({
      conversation_id: null,
      attached_at: null,
    });
    expect(await findConversationRow(conversation.id)).toMatchObject({
      current_referral_id: null,
      pending_referral_id: null,
    });
  });

  test('an unknown open id changes nothing', async () => {
    const { conversation } = await openWith(await shopper(), {
      openId: randomUUID(),
      fbclid: null,
      ctwaClid: null,
    });
    expect((await findConversationRow(conversation.id)).current_referral_id).toBeNull();
  });

  test.each([
    ['an open id that is no uuid', { openId: 'not-a-uuid' }],
    ['a click id with spaces', { openId: randomUUID(), fbclid: 'a b' }],
    ['a click id too long', { openId: randomUUID(), ctwaClid: 'x'.repeat(501) }],
    ['an unknown field', { openId: randomUUID(), gclid: 'x' }],
  ])('an arrival with %s is refused and nothing is stored', async (_name, arrival) => {
    const customer = await shopper();
    const before = await harness.store.db
      .selectFrom('conversations')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .executeTakeFirstOrThrow();
    const error = refusal(
      await call(customer, 'conversation:open', { businessSlug: 'demo', arrival }),
    );
    expect(error.code).toBe('INVALID_PAYLOAD');
    const after = await harness.store.db
      .selectFrom('conversations')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(after.n)).toBe(Number(before.n));
  });

  test("the shopper's next message carries the referral; agents see it on that message", async () => {
    const owner = await agent();
    const arrival = await land(AD_LANDING);
    const customer = await shopper();
    const { conversation } = await openWith(customer, arrival);
    const updated = eventWhere(
      owner,
      'conversation:updated',
      ({ conversation: summary }) => summary.id === conversation.id,
    );
    const { message } = await request(customer, 'message:send', {
      conversationId: conversation.id,
      clientId: randomUUID(),
      text: 'Halo, batiknya masih ada?',
    });
    expect((await findOpen(arrival.openId)).message_id).toBe(message.id);
    expect((await findConversationRow(conversation.id)).pending_referral_id).toBeNull();
    const { conversation: summary } = await updated;
    expect(summary.referral).toMatchObject({
      id: arrival.openId,
      headline: 'Batik sale',
      messageSeq: message.seq,
    });

    // Later messages do not move it.
    await request(customer, 'message:send', {
      conversationId: conversation.id,
      clientId: randomUUID(),
      text: 'Ukuran L ya',
    });
    expect((await findOpen(arrival.openId)).message_id).toBe(message.id);
    const { conversations } = await request(owner, 'conversation:list', { limit: 100 });
    expect(conversations.find((c) => c.id === conversation.id)?.referral).toMatchObject({
      id: arrival.openId,
      messageSeq: message.seq,
    });
  });

  test("an agent's message does not carry the shopper's referral", async () => {
    const arrival = await land(AD_LANDING);
    const { conversation } = await openWith(await shopper(), arrival);
    await request(await agent(), 'message:send', {
      conversationId: conversation.id,
      clientId: randomUUID(),
      text: 'Selamat datang!',
    });
    expect((await findOpen(arrival.openId)).message_id).toBeNull();
    expect((await findConversationRow(conversation.id)).pending_referral_id).toBe(arrival.openId);
  });

  test('a later visit through another link adds a second referral and keeps the first; orders keep the one current at send', async () => {
    const shopperId = randomUUID();
    const customer = await shopper(shopperId);
    const owner = await agent();
    const bowl = await productBySku(harness.store, 'mangkuk-kayu-jati');

    const first = await land(AD_LANDING);
    await openWith(customer, first);
    const { conversationId, cart } = await fillCart(customer, [
      { productId: bowl.id, quantity: 1 },
    ]);
    const sentFirst = await request(customer, 'cart:send', sendPayload(conversationId, cart));
    expect((await findOpen(first.openId)).message_id).toBe(sentFirst.message.id);

    const second = await land({
      utm_source: 'facebook',
      utm_medium: 'social',
      utm_campaign: 'lebaran',
    });
    const again = await shopper(shopperId);
    await openWith(again, second);
    const { message } = await request(again, 'message:send', {
      conversationId,
      clientId: randomUUID(),
      text: 'Saya mau pesan lagi',
    });
    const { cart: refilled } = await fillCart(again, [{ productId: bowl.id, quantity: 2 }]);
    const sentSecond = await request(again, 'cart:send', sendPayload(conversationId, refilled));

    const orders = await harness.store.db
      .selectFrom('orders')
      .select(['id', 'referral_id'])
      .where('conversation_id', '=', conversationId)
      .orderBy('number')
      .execute();
    expect(orders.map((order) => order.referral_id)).toEqual([first.openId, second.openId]);
    expect(sentSecond.message.order?.id).toBe(orders[1]?.id);
    expect((await findOpen(first.openId)).message_id).toBe(sentFirst.message.id);
    expect((await findOpen(second.openId)).message_id).toBe(message.id);

    const { referrals } = await request(owner, 'conversation:join', { conversationId });
    expect(
      referrals?.map((referral) => [referral.id, referral.sourceType, referral.messageSeq]),
    ).toEqual([
      [first.openId, 'ad', sentFirst.message.seq],
      [second.openId, 'post', message.seq],
    ]);
    const { conversations } = await request(owner, 'conversation:list', { limit: 100 });
    expect(conversations.find((c) => c.id === conversationId)?.referral?.id).toBe(second.openId);
  });

  test('a shopper never receives a referral or a click id', async () => {
    const shopperId = randomUUID();
    const customer = await shopper(shopperId);
    const otherTab = await shopper(shopperId);
    const received: unknown[] = [];
    otherTab.onAny((event: string, payload: unknown) => received.push({ event, payload }));

    const arrival = await land(AD_LANDING);
    const opened = await openWith(customer, arrival);
    const conversationId = opened.conversation.id;
    received.push(await openWith(otherTab));
    const sent = await request(customer, 'message:send', {
      conversationId,
      clientId: randomUUID(),
      text: 'Halo',
    });
    const joined = await request(customer, 'conversation:join', { conversationId });
    const synced = await request(customer, 'message:sync', {
      conversationId,
      afterSeq: 0,
      limit: 100,
    });
    const bowl = await productBySku(harness.store, 'mangkuk-kayu-jati');
    const { cart } = await fillCart(customer, [{ productId: bowl.id, quantity: 1 }]);
    const order = await request(customer, 'cart:send', sendPayload(conversationId, cart));
    // The other tab has heard the cart's broadcasts by the time its own ack arrives.
    received.push(await request(otherTab, 'cart:get', { conversationId }));

    const everything = JSON.stringify([opened, sent, joined, synced, order, received]);
    expect(joined).not.toHaveProperty('referrals');
    for (const secret of [
      'IwAR-fb-click-id',
      'ctwa-click-id',
      'referral',
      'Batik sale',
      arrival.openId,
    ])
      expect(everything).not.toContain(secret);
    expect(received.length).toBeGreaterThan(2);
  });
});
