// The campaign report over real sockets: a scripted funnel of link opens recorded as the chat page
// records them, chats that carry them, carts sent with cart:send and orders accepted with
// order:accept, counted exactly by campaign and ad.
import type { AdRow, CampaignReport, CampaignRow } from '@/lib/protocol/report.schema';
import { shiftDate, todayIn } from '@/lib/reports/report-range';
import {
  chatThroughLink,
  landThroughLink,
  recordOpens,
  sendCoffeeCart,
} from '../../support/campaigns';
import { call, request } from '../../support/clients';
import { refusal } from '../../support/expectations';
import { useRealtimeHarness } from '../../support/harness';
import { createOtherBusiness, demoBusinessId } from '../../support/seed';
import { storeKinds } from '../../support/store';

jest.setTimeout(90_000);

const campaign = (report: CampaignReport, name: string): CampaignRow => {
  const row = report.campaigns.find((entry) => entry.campaign === name);
  if (!row) throw new Error(`no campaign ${JSON.stringify(name)} in the report`);
  return row;
};
const ad = (row: CampaignRow, name: string): AdRow => {
  const found = row.ads.find((entry) => entry.ad === name);
  if (!found) throw new Error(`no ad ${JSON.stringify(name)} under ${row.campaign}`);
  return found;
};

describe.each(storeKinds())('the campaign report: report:campaigns (%s)', (kind) => {
  const harness = useRealtimeHarness(kind);
  // Yesterday to tomorrow in Jakarta: the funnel happens now, whatever the hour.
  const today = todayIn('Asia/Jakarta');
  const range = { from: shiftDate(today, -1), to: shiftDate(today, 1) };
  const revenue = { adOne: 0, story: 0 };
  let other: Awaited<ReturnType<typeof createOtherBusiness>>;

  beforeAll(async () => {
    const { store } = harness;
    const owner = await harness.agent();
    // Landings on /c/demo recorded as the chat page records them. Campaign "lebaran": 6 opens of
    // ad 111 (ad_id), 3 of "story" (utm_content, no ad id); 2 opens with neither (a flyer's QR).
    const lebaran = { utm_source: 'instagram', utm_campaign: 'lebaran' };
    const adOne = await landThroughLink(store, 'demo', { ...lebaran, ad_id: '111' }, 6);
    const story = await landThroughLink(store, 'demo', { ...lebaran, utm_content: 'story' }, 3);
    const plain = await landThroughLink(store, 'demo', { src: 'qr' }, 2);
    const [a0, a1, a2, a3] = adOne as [string, string, string, string];
    const [s0, s1] = story as [string, string];
    const [p0] = plain as [string];

    // Conversations: ad 111 reaches three shoppers (one of them twice), "story" one, plain one.
    const [first, second, third, fourth, fifth, sixth] = await Promise.all(
      Array.from({ length: 6 }, () => harness.shopper()),
    );
    if (!first || !second || !third || !fourth || !fifth || !sixth) throw new Error('no shoppers');
    await chatThroughLink(first, a0);
    await chatThroughLink(second, a1);
    await chatThroughLink(third, a2);
    await chatThroughLink(first, a3);
    await chatThroughLink(fourth, s0);
    await chatThroughLink(fifth, p0);
    // Attached to a conversation but carried by no message yet: not a conversation started.
    await request(sixth, 'conversation:open', { businessSlug: 'demo', arrival: { openId: s1 } });

    // Carts: two from ad 111, one from "story"; one from a shopper who came without a link.
    const acceptedOne = await sendCoffeeCart(store, first, 2);
    const pending = await sendCoffeeCart(store, second, 1);
    const acceptedStory = await sendCoffeeCart(store, fourth, 3);
    const unattributed = await sendCoffeeCart(store, await harness.shopper(), 1);
    // cart:send kept each conversation's latest referral with its order.
    const referrals = await store.db
      .selectFrom('orders')
      .select(['id', 'referral_id'])
      .where(
        'id',
        'in',
        [acceptedOne, pending, acceptedStory, unattributed].map((o) => o.orderId),
      )
      .execute();
    expect(Object.fromEntries(referrals.map((row) => [row.id, row.referral_id]))).toEqual({
      [acceptedOne.orderId]: a3,
      [pending.orderId]: a1,
      [acceptedStory.orderId]: s0,
      [unattributed.orderId]: null,
    });
    // Accepted: one of ad 111's, and "story"'s (then fulfilled, still accepted); not the rest.
    await request(owner, 'order:accept', { orderId: acceptedOne.orderId });
    await request(owner, 'order:accept', { orderId: acceptedStory.orderId });
    await request(owner, 'order:fulfill', { orderId: acceptedStory.orderId });
    await request(owner, 'order:accept', { orderId: unattributed.orderId });
    revenue.adOne = acceptedOne.total;
    revenue.story = acceptedStory.total;

    // Another business with opens of the same campaign and ad, at the same time.
    other = await createOtherBusiness(store, `report-other-${kind}`);
    await landThroughLink(store, `report-other-${kind}`, { ...lebaran, ad_id: '111' }, 4);
  });

  test('the report counts exactly the funnel, per ad, per campaign and in total', async () => {
    const { report } = await request(await harness.agent(), 'report:campaigns', range);
    expect(report).toMatchObject({ ...range, timeZone: 'Asia/Jakarta', currency: 'IDR' });
    expect(report.campaigns.map((row) => row.campaign)).toEqual(['lebaran', '']);

    const lebaran = campaign(report, 'lebaran');
    expect(lebaran.ads.map((row) => row.ad)).toEqual(['111', 'story']);
    expect(ad(lebaran, '111')).toEqual({
      ad: '111',
      opens: 6,
      conversations: 3,
      carts: 2,
      ordersAccepted: 1,
      revenue: revenue.adOne,
      conversationRate: 3 / 6,
      orderRate: 1 / 3,
      openToOrderRate: 1 / 6,
    });
    expect(ad(lebaran, 'story')).toMatchObject({
      opens: 3,
      conversations: 1,
      carts: 1,
      ordersAccepted: 1,
      revenue: revenue.story,
      conversationRate: 1 / 3,
      orderRate: 1,
    });
    expect(lebaran).toMatchObject({
      opens: 9,
      conversations: 4,
      carts: 3,
      ordersAccepted: 2,
      revenue: revenue.adOne + revenue.story,
    });
    const plain = campaign(report, '');
    expect(plain.ads).toEqual([expect.objectContaining({ ad: '', opens: 2, conversations: 1 })]);
    expect(plain).toMatchObject({ carts: 0, ordersAccepted: 0, revenue: 0, orderRate: 0 });

    expect(report.totals).toEqual({
      opens: 11,
      conversations: 5,
      carts: 3,
      ordersAccepted: 2,
      revenue: revenue.adOne + revenue.story,
      conversationRate: 5 / 11,
      orderRate: 2 / 5,
      openToOrderRate: 2 / 11,
    });
    expect(revenue.adOne).toBeGreaterThan(0);
  });

  test('the days of the range, each counted in Jakarta time, add up to the totals', async () => {
    const { report } = await request(await harness.agent(), 'report:campaigns', range);
    expect(report.days.map((day) => day.date)).toEqual([range.from, today, range.to]);
    const sum = (key: 'opens' | 'conversations' | 'orders') =>
      report.days.reduce((total, day) => total + day[key], 0);
    expect([sum('opens'), sum('conversations'), sum('orders')]).toEqual([11, 5, 2]);
  });

  test('calendar days are Jakarta days: 23:30 WIB counts on that day, 00:00 WIB on the next', async () => {
    const edges = await createOtherBusiness(harness.store, `report-edges-${kind}`);
    await recordOpens(harness.store, edges.businessId, 1, { openedAt: '2026-02-28T16:59:59Z' }); // 23:59:59 28 Feb
    await recordOpens(harness.store, edges.businessId, 1, { openedAt: '2026-02-28T17:00:00Z' }); // 00:00 1 Mar
    await recordOpens(harness.store, edges.businessId, 1, { openedAt: '2026-03-01T16:30:00Z' }); // 23:30 1 Mar
    await recordOpens(harness.store, edges.businessId, 1, { openedAt: '2026-03-01T17:00:00Z' }); // 00:00 2 Mar
    const agent = await harness.agent(edges.email, edges.password);

    const march1 = await request(agent, 'report:campaigns', {
      from: '2026-03-01',
      to: '2026-03-01',
    });
    expect(march1.report.totals.opens).toBe(2);
    const both = await request(agent, 'report:campaigns', { from: '2026-02-28', to: '2026-03-02' });
    expect(both.report.days.map((day) => [day.date, day.opens])).toEqual([
      ['2026-02-28', 1],
      ['2026-03-01', 2],
      ['2026-03-02', 1],
    ]);
    expect(both.report.totals.opens).toBe(4);
  });

  test("another business's agent gets their own figures only; a shopper gets nothing", async () => {
    const outsider = await harness.agent(other.email, other.password);
    const { report } = await request(outsider, 'report:campaigns', range);
    expect(report.totals).toMatchObject({
      opens: 4,
      conversations: 0,
      carts: 0,
      ordersAccepted: 0,
    });
    expect(report.campaigns.map((row) => [row.campaign, row.opens])).toEqual([['lebaran', 4]]);

    // A business id in the payload is refused, never followed.
    const demo = await demoBusinessId(harness.store);
    const named = refusal(await call(outsider, 'report:campaigns', { ...range, businessId: demo }));
    expect(named.code).toBe('INVALID_PAYLOAD');

    const shopper = await harness.shopper();
    expect(refusal(await call(shopper, 'report:campaigns', range)).code).toBe('FORBIDDEN');
  });

  test.each([
    [
      { from: '2026-03-05', to: '2026-03-01' },
      'to',
      'The end date must be on or after the start date.',
    ],
    [{ from: '2025-01-01', to: '2026-01-02' }, 'to', 'A report covers at most 366 days.'],
    [{ from: '2026-02-30', to: '2026-03-01' }, 'from', 'This date does not exist in the calendar.'],
    [
      { from: '1/3/2026', to: '2026-03-01' },
      'from',
      'Use a date written as YYYY-MM-DD, for example 2026-03-01.',
    ],
  ])('a bad range %j is refused with the field and why', async (payload, path, message) => {
    const error = refusal(await call(await harness.agent(), 'report:campaigns', payload));
    expect(error).toEqual({
      code: 'INVALID_PAYLOAD',
      message: 'Invalid report:campaigns payload.',
      issues: [{ path, message }],
    });
  });
});
