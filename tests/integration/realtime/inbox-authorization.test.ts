import { randomUUID } from 'node:crypto';
import type { ClientToServerEvents } from '@/lib/protocol/events';
import { call, request } from '../../support/clients';
import { useRealtimeHarness } from '../../support/harness';
import { expectNothing, refusal } from '../../support/expectations';
import { shopperWhoWrote } from '../../support/inbox';
import { createOtherBusiness } from '../../support/seed';
import { storeKinds } from '../../support/store';

jest.setTimeout(60_000);

describe.each(storeKinds())('who may use the inbox events (%s)', (kind) => {
  const harness = useRealtimeHarness(kind);
  const { shopper, agent } = harness;
  let other: { email: string; password: string };
  let demo: { labelId: string; quickReplyId: string; conversationId: string };

  beforeAll(async () => {
    other = await createOtherBusiness(harness.store);
    const owner = await agent();
    const { label } = await request(owner, 'label:create', { name: 'Demo only', color: 'blue' });
    const { quickReply } = await request(owner, 'quick-reply:create', {
      shortcut: 'demo',
      text: 'Hanya untuk demo',
    });
    const { conversationId } = await shopperWhoWrote(await shopper());
    await request(owner, 'conversation:label', {
      conversationId,
      labelId: label.id,
      action: 'add',
    });
    demo = { labelId: label.id, quickReplyId: quickReply.id, conversationId };
    owner.close();
  });

  const otherAgent = () => agent(other.email, other.password);

  /** Every new event with a valid payload naming the demo business's ids. */
  const demoPayloads = (): Array<[keyof ClientToServerEvents, unknown]> => [
    ['label:list', {}],
    ['label:create', { name: 'Sneaky', color: 'red' }],
    ['label:update', { labelId: demo.labelId, name: 'Taken over' }],
    ['label:delete', { labelId: demo.labelId }],
    [
      'conversation:label',
      { conversationId: demo.conversationId, labelId: demo.labelId, action: 'remove' },
    ],
    ['conversation:rename', { conversationId: demo.conversationId, shopperName: 'Taken over' }],
    ['quick-reply:list', {}],
    ['quick-reply:create', { shortcut: 'sneaky', text: 'Sneaky' }],
    ['quick-reply:update', { quickReplyId: demo.quickReplyId, text: 'Taken over' }],
    ['quick-reply:delete', { quickReplyId: demo.quickReplyId }],
    ['conversation:list', { labelId: demo.labelId }],
  ];

  test('a shopper socket gets FORBIDDEN for every inbox event', async () => {
    const customer = await shopper();
    for (const [event, payload] of demoPayloads()) {
      const error = refusal(await call(customer, event, payload));
      expect([event, error.code]).toEqual([event, 'FORBIDDEN']);
    }
  });

  test("another business's agent gets NOT_FOUND or FORBIDDEN for every id of this business", async () => {
    const outsider = await otherAgent();
    const expected: Record<string, string> = {
      'label:update': 'NOT_FOUND',
      'label:delete': 'NOT_FOUND',
      'conversation:label': 'FORBIDDEN',
      'conversation:rename': 'FORBIDDEN',
      'quick-reply:update': 'NOT_FOUND',
      'quick-reply:delete': 'NOT_FOUND',
    };
    for (const [event, code] of Object.entries(expected)) {
      const payload = demoPayloads().find(([name]) => name === event)?.[1];
      const error = refusal(await call(outsider, event as keyof ClientToServerEvents, payload));
      expect([event, error.code]).toEqual([event, code]);
    }

    // Its own label on the demo conversation, and the demo label on its own conversation.
    const { label: own } = await request(outsider, 'label:create', { name: 'Mine', color: 'red' });
    const onDemo = await call(outsider, 'conversation:label', {
      conversationId: demo.conversationId,
      labelId: own.id,
      action: 'add',
    });
    expect(refusal(onDemo).code).toBe('FORBIDDEN');
    const ownChat = await request(await shopper(), 'conversation:open', {
      businessSlug: 'other-shop',
    });
    const demoLabelOnOwn = await call(outsider, 'conversation:label', {
      conversationId: ownChat.conversation.id,
      labelId: demo.labelId,
      action: 'add',
    });
    expect(refusal(demoLabelOnOwn).code).toBe('NOT_FOUND');
  });

  test("another business's agent lists only its own labels, quick replies and conversations", async () => {
    const outsider = await otherAgent();
    const labels = (await request(outsider, 'label:list', {})).labels.map((l) => l.id);
    expect(labels).not.toContain(demo.labelId);
    const replies = (await request(outsider, 'quick-reply:list', {})).quickReplies.map((q) => q.id);
    expect(replies).not.toContain(demo.quickReplyId);
    const filtered = await request(outsider, 'conversation:list', { labelId: demo.labelId });
    expect(filtered.conversations).toEqual([]);
  });

  test("nothing of this business changed, and its agents heard nothing of the other's changes", async () => {
    const owner = await agent();
    const quiet = expectNothing(owner, ['labels:updated', 'quick-replies:updated']);
    const outsider = await otherAgent();
    await request(outsider, 'label:create', {
      name: `Other ${randomUUID()}`.slice(0, 40),
      color: 'pink',
    });
    await request(outsider, 'quick-reply:create', { shortcut: 'other', text: 'Other' });
    await quiet;

    const { labels } = await request(owner, 'label:list', {});
    expect(labels).toEqual([{ id: demo.labelId, name: 'Demo only', color: 'blue' }]);
    const { quickReplies } = await request(owner, 'quick-reply:list', {});
    expect(quickReplies.map((q) => [q.id, q.text])).toEqual([
      [demo.quickReplyId, 'Hanya untuk demo'],
    ]);
    const { conversations } = await request(owner, 'conversation:list', { labelId: demo.labelId });
    expect(conversations).toEqual([
      expect.objectContaining({ id: demo.conversationId, shopperName: null }),
    ]);
  });
});
