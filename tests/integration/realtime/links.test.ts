import { randomUUID } from 'node:crypto';
import { createLink } from '@/lib/links/link.service';
import type { ClientToServerEvents } from '@/lib/protocol/events';
import { linkCreateInput } from '@/lib/protocol/links.schema';
import { call, nextEvent, request, type TestSocket } from '../../support/clients';
import { fillCart, productBySku, sendPayload } from '../../support/commerce';
import { refusal } from '../../support/expectations';
import { useRealtimeHarness } from '../../support/harness';
import {
  SECOND_AGENT_EMAIL,
  SECOND_AGENT_PASSWORD,
  addSecondDemoAgent,
  createOtherBusiness,
  demoBusinessId,
} from '../../support/seed';
import { storeKinds } from '../../support/store';

jest.setTimeout(60_000);

describe.each(storeKinds())('link builder (%s)', (kind) => {
  const harness = useRealtimeHarness(kind);
  const { shopper, agent } = harness;
  let rival: { businessId: string; email: string; password: string };

  beforeAll(async () => {
    await addSecondDemoAgent(harness.store);
    rival = await createOtherBusiness(harness.store, 'link-rival');
  });

  const countLinks = async () => {
    const row = await harness.store.db
      .selectFrom('links')
      .select((eb) => eb.fn.countAll<string | number>().as('count'))
      .executeTakeFirstOrThrow();
    return Number(row.count);
  };

  async function makeLink(socket: TestSocket, fields: Record<string, unknown> = {}) {
    return (
      await request(socket, 'link:create', { name: 'Batik sale', sourceType: 'ad', ...fields })
    ).link;
  }

  test('a link for an ad with a product, text and campaign fields gets a random short code; other agents hear of it', async () => {
    const owner = await agent();
    const second = await agent(SECOND_AGENT_EMAIL, SECOND_AGENT_PASSWORD);
    const product = await productBySku(harness.store, 'mangkuk-kayu-jati');

    const heard = nextEvent(second, 'link:created');
    const link = await makeLink(owner, {
      name: '  Instagram mangkuk  ',
      productId: product.id,
      text: 'Halo, saya mau tanya mangkuk jati\nyang besar',
      utmSource: 'instagram',
      utmMedium: 'paid_social',
      utmCampaign: 'mangkuk-nov',
      utmContent: 'carousel-1',
      utmTerm: 'kayu',
      adId: '120210000000001',
    });
    expect(link).toEqual({
      id: expect.any(String),
      code: expect.stringMatching(/^[A-Za-z0-9]{8}$/),
      name: 'Instagram mangkuk',
      sourceType: 'ad',
      product: { id: product.id, sku: 'mangkuk-kayu-jati', name: product.name },
      text: 'Halo, saya mau tanya mangkuk jati\nyang besar',
      utm: {
        source: 'instagram',
        medium: 'paid_social',
        campaign: 'mangkuk-nov',
        content: 'carousel-1',
        term: 'kayu',
      },
      adId: '120210000000001',
      disabled: false,
      createdAt: expect.any(String),
      opens: 0,
      conversations: 0,
      orders: 0,
    });
    expect((await heard).link).toEqual(link);

    // Only the name and where it is used are needed.
    const plain = await makeLink(owner, { name: 'Bio link', sourceType: 'link' });
    expect(plain).toMatchObject({ product: null, text: '', adId: '', utm: { source: '' } });
    expect(plain.code).not.toBe(link.code);
  });

  test('the list is newest first, page by page, with each link’s opens, conversations and orders', async () => {
    const owner = await agent();
    const businessId = await demoBusinessId(harness.store);
    const older = await makeLink(owner, { name: 'Older' });
    const newer = await makeLink(owner, { name: 'Newer', sourceType: 'qr' });

    // Two arrivals through the newer link; one of them began a conversation that sent a cart.
    const customer = await shopper();
    const product = await productBySku(harness.store, 'mangkuk-kayu-jati');
    const { conversationId, cart } = await fillCart(customer, [
      { productId: product.id, quantity: 1 },
    ]);
    await request(customer, 'cart:send', sendPayload(conversationId, cart));
    const opens = await harness.store.db
      .insertInto('link_opens')
      .values([
        { business_id: businessId, link_id: newer.id, source_type: 'qr', ref: newer.code },
        {
          business_id: businessId,
          link_id: newer.id,
          source_type: 'qr',
          ref: newer.code,
          conversation_id: conversationId,
        },
      ])
      .returning('id')
      .execute();
    await harness.store.db
      .updateTable('orders')
      .set({ referral_id: opens[1]!.id })
      .where('conversation_id', '=', conversationId)
      .execute();

    const all = await request(owner, 'link:list', {});
    const names = all.links.map((link) => link.name);
    expect(names.indexOf('Newer')).toBeLessThan(names.indexOf('Older'));
    expect(all.links.find((link) => link.id === newer.id)).toMatchObject({
      opens: 2,
      conversations: 1,
      orders: 1,
    });
    expect(all.links.find((link) => link.id === older.id)).toMatchObject({ opens: 0, orders: 0 });
    expect(all.nextBefore).toBeNull();

    const first = await request(owner, 'link:list', { limit: 1 });
    expect(first.links.map((link) => link.id)).toEqual([all.links[0]!.id]);
    expect(first.nextBefore).toBe(all.links[0]!.id);
    const second = await request(owner, 'link:list', { limit: 1, before: first.nextBefore });
    expect(second.links.map((link) => link.id)).toEqual([all.links[1]!.id]);
    const rest = await request(owner, 'link:list', { limit: 100, before: all.links.at(-1)!.id });
    expect(rest).toEqual({ links: [], nextBefore: null });
  });

  test('rename, disable and enable a link; other agents hear each change', async () => {
    const owner = await agent();
    const second = await agent(SECOND_AGENT_EMAIL, SECOND_AGENT_PASSWORD);
    const link = await makeLink(owner, { name: 'Old name' });

    const heard = nextEvent(second, 'link:updated');
    const renamed = await request(owner, 'link:update', { linkId: link.id, name: ' New name ' });
    expect(renamed.link).toEqual({ ...link, name: 'New name' });
    expect((await heard).link).toEqual(renamed.link);

    const disabled = await request(second, 'link:update', { linkId: link.id, disabled: true });
    expect(disabled.link).toEqual({ ...renamed.link, disabled: true });
    const enabled = await request(owner, 'link:update', {
      linkId: link.id,
      disabled: false,
      name: 'Both at once',
    });
    expect(enabled.link).toEqual({ ...link, name: 'Both at once', disabled: false });
  });

  test('bad input → INVALID_PAYLOAD with field issues, and nothing is stored', async () => {
    const owner = await agent();
    const before = await countLinks();
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ sourceType: 'ad' }, 'name'],
      [{ name: '   ', sourceType: 'ad' }, 'name'],
      [{ name: 'x'.repeat(101), sourceType: 'ad' }, 'name'],
      [{ name: 'Two\nlines', sourceType: 'ad' }, 'name'],
      [{ name: 'a\u0000b', sourceType: 'ad' }, 'name'],
      [{ name: 'Ok' }, 'sourceType'],
      [{ name: 'Ok', sourceType: 'billboard' }, 'sourceType'],
      [{ name: 'Ok', sourceType: 'ad', productId: 'not-a-uuid' }, 'productId'],
      [{ name: 'Ok', sourceType: 'ad', text: 'x'.repeat(1001) }, 'text'],
      [{ name: 'Ok', sourceType: 'ad', utmSource: 'x'.repeat(101) }, 'utmSource'],
      [{ name: 'Ok', sourceType: 'ad', utmMedium: 'x'.repeat(101) }, 'utmMedium'],
      [{ name: 'Ok', sourceType: 'ad', utmCampaign: 'x'.repeat(101) }, 'utmCampaign'],
      [{ name: 'Ok', sourceType: 'ad', utmContent: 'x'.repeat(101) }, 'utmContent'],
      [{ name: 'Ok', sourceType: 'ad', utmTerm: 'tab\there' }, 'utmTerm'],
      [{ name: 'Ok', sourceType: 'ad', adId: 'x'.repeat(101) }, 'adId'],
      [{ name: 'Ok', sourceType: 'ad', utmSource: 42 }, 'utmSource'],
      [{ name: 'Ok', sourceType: 'ad', code: 'mine123' }, ''],
    ];
    for (const [payload, path] of cases) {
      const error = refusal(await call(owner, 'link:create', payload));
      expect([payload, error.code]).toEqual([payload, 'INVALID_PAYLOAD']);
      expect([payload, error.issues?.map((issue) => issue.path)]).toEqual([
        payload,
        expect.arrayContaining([path]),
      ]);
    }
    // Limits are inclusive.
    await makeLink(owner, {
      name: 'x'.repeat(100),
      text: 'x'.repeat(1000),
      utmSource: 'x'.repeat(100),
      adId: 'x'.repeat(100),
    });
    expect(await countLinks()).toBe(before + 1);

    const link = await makeLink(owner);
    for (const payload of [
      { linkId: link.id },
      { linkId: link.id, name: '' },
      { linkId: link.id, disabled: 'yes' },
      { linkId: 'nope', name: 'X' },
      { linkId: link.id, name: 'X', code: 'abc12345' },
    ]) {
      expect([payload, refusal(await call(owner, 'link:update', payload)).code]).toEqual([
        payload,
        'INVALID_PAYLOAD',
      ]);
    }
    const [stored] = (await request(owner, 'link:list', { limit: 1 })).links;
    expect(stored).toEqual(link);
    for (const payload of [{ limit: 0 }, { limit: 101 }, { before: 'x' }, { page: 2 }]) {
      expect(refusal(await call(owner, 'link:list', payload)).code).toBe('INVALID_PAYLOAD');
    }
  });

  test('a product of another business, or a missing one → NOT_FOUND on productId, nothing stored', async () => {
    const owner = await agent();
    const foreign = await harness.store.db
      .insertInto('products')
      .values({
        business_id: rival.businessId,
        sku: 'rival-mug',
        name: 'Rival mug',
        description: '',
        price: 1000,
        currency: 'IDR',
        stock: 1,
        options: '[]',
        images: '[]',
        position: 0,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const before = await countLinks();
    for (const productId of [foreign.id, randomUUID()]) {
      const error = refusal(
        await call(owner, 'link:create', { name: 'Sneaky', sourceType: 'post', productId }),
      );
      expect(error).toMatchObject({ code: 'NOT_FOUND', issues: [{ path: 'productId' }] });
    }
    expect(await countLinks()).toBe(before);
  });

  test('another business’s agent cannot see or change the demo’s links: NOT_FOUND, nothing changes', async () => {
    const owner = await agent();
    const link = await makeLink(owner, { name: 'Demo only' });
    const outsider = await agent(rival.email, rival.password);

    expect((await request(outsider, 'link:list', {})).links).toEqual([]);
    for (const payload of [
      { linkId: link.id, name: 'Taken over' },
      { linkId: link.id, disabled: true },
    ]) {
      expect(refusal(await call(outsider, 'link:update', payload)).code).toBe('NOT_FOUND');
    }
    // A link the outsider makes is its own business's, and invisible to the demo.
    const theirs = await makeLink(outsider, { name: 'Rival link' });
    const demoLinks = (await request(owner, 'link:list', { limit: 100 })).links;
    expect(demoLinks.map((l) => l.id)).not.toContain(theirs.id);
    expect(demoLinks.find((l) => l.id === link.id)).toEqual(link);
    // Their page cursor cannot be a demo link either.
    expect(await request(outsider, 'link:list', { before: link.id })).toEqual({
      links: [],
      nextBefore: null,
    });
    expect(
      refusal(await call(owner, 'link:update', { linkId: randomUUID(), name: 'X' })).code,
    ).toBe('NOT_FOUND');
  });

  test('a shopper socket is FORBIDDEN on every link event, and nothing is stored', async () => {
    const owner = await agent();
    const link = await makeLink(owner, { name: 'Shopper-proof' });
    const customer = await shopper();
    const before = await countLinks();
    const events: Array<[keyof ClientToServerEvents, unknown]> = [
      ['link:list', {}],
      ['link:create', { name: 'Sneaky', sourceType: 'ad' }],
      ['link:update', { linkId: link.id, disabled: true }],
    ];
    for (const [event, payload] of events) {
      const result = await call(customer, event, payload);
      expect([event, result]).toMatchObject([event, { ok: false, error: { code: 'FORBIDDEN' } }]);
    }
    expect(await countLinks()).toBe(before);
    expect((await request(owner, 'link:list', { limit: 100 })).links).toContainEqual(link);
  });

  test('a short code already taken is drawn again; the link is stored once', async () => {
    const owner = await agent();
    const taken = await makeLink(owner, { name: 'First' });
    const businessId = await demoBusinessId(harness.store);
    const codes = [taken.code, taken.code, 'Fresh123'];
    const link = await createLink(
      harness.store.db,
      businessId,
      linkCreateInput.parse({ name: 'Second', sourceType: 'post' }),
      () => codes.shift() ?? 'Never000',
    );
    expect(link.code).toBe('Fresh123');
    const stored = await harness.store.db
      .selectFrom('links')
      .select('code')
      .where('name', '=', 'Second')
      .execute();
    expect(stored).toEqual([{ code: 'Fresh123' }]);
  });
});
