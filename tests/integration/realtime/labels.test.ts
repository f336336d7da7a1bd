import { randomUUID } from 'node:crypto';
import { MAX_LABELS } from '@/lib/protocol/inbox.schema';
import { call, nextEvent, request } from '../../support/clients';
import { useRealtimeHarness } from '../../support/harness';
import { eventWhere, refusal } from '../../support/expectations';
import { shopperWhoWrote } from '../../support/inbox';
import { SECOND_AGENT_EMAIL, SECOND_AGENT_PASSWORD, addSecondDemoAgent } from '../../support/seed';
import { storeKinds } from '../../support/store';

jest.setTimeout(60_000);

describe.each(storeKinds())('labels (%s)', (kind) => {
  const harness = useRealtimeHarness(kind);
  const { shopper, agent } = harness;

  beforeAll(() => addSecondDemoAgent(harness.store));

  async function deleteAllLabels(socket: Awaited<ReturnType<typeof agent>>) {
    const { labels } = await request(socket, 'label:list', {});
    for (const label of labels) await request(socket, 'label:delete', { labelId: label.id });
  }

  test('create, rename, recolour and delete a label; every agent of the business hears each change', async () => {
    const owner = await agent();
    const second = await agent(SECOND_AGENT_EMAIL, SECOND_AGENT_PASSWORD);

    const heardCreate = nextEvent(second, 'labels:updated');
    const { label } = await request(owner, 'label:create', { name: '  VIP  ', color: 'amber' });
    expect(label).toEqual({ id: expect.any(String), name: 'VIP', color: 'amber' });
    expect((await heardCreate).labels).toContainEqual(label);

    const heardUpdate = nextEvent(second, 'labels:updated');
    const renamed = await request(owner, 'label:update', {
      labelId: label.id,
      name: 'Pelanggan setia',
      color: 'teal',
    });
    expect(renamed.label).toEqual({ id: label.id, name: 'Pelanggan setia', color: 'teal' });
    expect((await heardUpdate).labels).toContainEqual(renamed.label);
    const recoloured = await request(second, 'label:update', { labelId: label.id, color: 'red' });
    expect(recoloured.label).toEqual({ ...renamed.label, color: 'red' });

    const heardDelete = nextEvent(second, 'labels:updated');
    expect(await request(owner, 'label:delete', { labelId: label.id })).toEqual({
      labelId: label.id,
    });
    expect((await heardDelete).labels.map((l) => l.id)).not.toContain(label.id);
    expect((await request(second, 'label:list', {})).labels).toEqual([]);
  });

  test('names are unique per business whatever their case → CONFLICT on the name field', async () => {
    const owner = await agent();
    const { label } = await request(owner, 'label:create', { name: 'Grosir', color: 'blue' });
    const duplicate = refusal(await call(owner, 'label:create', { name: 'grosir', color: 'red' }));
    expect(duplicate).toMatchObject({ code: 'CONFLICT', issues: [{ path: 'name' }] });
    const other = await request(owner, 'label:create', { name: 'Eceran', color: 'green' });
    const renameClash = refusal(
      await call(owner, 'label:update', { labelId: other.label.id, name: 'GROSIR' }),
    );
    expect(renameClash.code).toBe('CONFLICT');
    await deleteAllLabels(owner);
    expect(label.name).toBe('Grosir');
  });

  test('bad names and colours → INVALID_PAYLOAD with issues, nothing stored', async () => {
    const owner = await agent();
    const cases = [
      { name: 'Ok', color: '#ff0000' },
      { name: 'Ok', color: 'red; background: url(x)' },
      { name: '   ', color: 'red' },
      { name: 'x'.repeat(41), color: 'red' },
      { name: 'a\u0000b', color: 'red' },
      { name: 'Ok' },
      { name: 'Ok', color: 'red', extra: true },
    ];
    for (const payload of cases) {
      const error = refusal(await call(owner, 'label:create', payload));
      expect(error.code).toBe('INVALID_PAYLOAD');
      expect(error.issues?.length).toBeGreaterThan(0);
    }
    const { label } = await request(owner, 'label:create', { name: 'x'.repeat(40), color: 'red' });
    expect(refusal(await call(owner, 'label:update', { labelId: label.id })).code).toBe(
      'INVALID_PAYLOAD',
    );
    expect((await request(owner, 'label:list', {})).labels).toEqual([label]);
    await deleteAllLabels(owner);
  });

  test(`the ${MAX_LABELS + 1}st label → LIMIT_REACHED; deleting one makes room again`, async () => {
    const owner = await agent();
    for (let n = 1; n <= MAX_LABELS; n++) {
      await request(owner, 'label:create', { name: `Label ${n}`, color: 'gray' });
    }
    const over = refusal(await call(owner, 'label:create', { name: 'One too many', color: 'red' }));
    expect(over.code).toBe('LIMIT_REACHED');
    expect(over.message).toMatch(/at most 20 labels/);
    const { labels } = await request(owner, 'label:list', {});
    expect(labels).toHaveLength(MAX_LABELS);
    await request(owner, 'label:delete', { labelId: labels[0]!.id });
    await request(owner, 'label:create', { name: 'Now it fits', color: 'red' });
    await deleteAllLabels(owner);
  });

  test('an unknown label id → NOT_FOUND', async () => {
    const owner = await agent();
    const missing = randomUUID();
    expect(refusal(await call(owner, 'label:update', { labelId: missing, name: 'X' })).code).toBe(
      'NOT_FOUND',
    );
    expect(refusal(await call(owner, 'label:delete', { labelId: missing })).code).toBe('NOT_FOUND');
  });

  test('labelling a conversation shows in its summary, live for every agent, and filters the list', async () => {
    const owner = await agent();
    const second = await agent(SECOND_AGENT_EMAIL, SECOND_AGENT_PASSWORD);
    const labelled = await shopperWhoWrote(await shopper());
    const unlabelled = await shopperWhoWrote(await shopper());
    const { label } = await request(owner, 'label:create', { name: 'Reseller', color: 'purple' });

    // The shoppers' own inbox rows go out after their acks: wait for the one with the label.
    const heard = eventWhere(
      second,
      'conversation:updated',
      ({ conversation }) =>
        conversation.id === labelled.conversationId && conversation.labels.length > 0,
    );
    const added = await request(owner, 'conversation:label', {
      conversationId: labelled.conversationId,
      labelId: label.id,
      action: 'add',
    });
    expect(added.conversation.labels).toEqual([label]);
    expect((await heard).conversation).toEqual(added.conversation);
    // Adding twice is harmless.
    await request(owner, 'conversation:label', {
      conversationId: labelled.conversationId,
      labelId: label.id,
      action: 'add',
    });

    const filtered = await request(second, 'conversation:list', { labelId: label.id });
    expect(filtered.conversations.map((c) => c.id)).toEqual([labelled.conversationId]);
    const all = await request(second, 'conversation:list', { limit: 100 });
    const other = all.conversations.find((c) => c.id === unlabelled.conversationId);
    expect(other?.labels).toEqual([]);

    const removed = await request(second, 'conversation:label', {
      conversationId: labelled.conversationId,
      labelId: label.id,
      action: 'remove',
    });
    expect(removed.conversation.labels).toEqual([]);
    expect(
      (await request(owner, 'conversation:list', { labelId: label.id })).conversations,
    ).toEqual([]);

    // Deleting a label takes it off its conversations.
    await request(owner, 'conversation:label', {
      conversationId: labelled.conversationId,
      labelId: label.id,
      action: 'add',
    });
    await request(owner, 'label:delete', { labelId: label.id });
    const after = await request(owner, 'conversation:list', { limit: 100 });
    expect(after.conversations.find((c) => c.id === labelled.conversationId)?.labels).toEqual([]);
  });

  test("the business's own name for a shopper is in the summary and never reaches the shopper", async () => {
    const owner = await agent();
    const customer = await shopper();
    const { conversationId } = await shopperWhoWrote(customer);
    const renamed = await request(owner, 'conversation:rename', {
      conversationId,
      shopperName: '  Bu Sari  ',
    });
    expect(renamed.conversation.shopperName).toBe('Bu Sari');
    const reopened = await request(customer, 'conversation:open', { businessSlug: 'demo' });
    expect(JSON.stringify(reopened)).not.toContain('Bu Sari');
    const cleared = await request(owner, 'conversation:rename', {
      conversationId,
      shopperName: '',
    });
    expect(cleared.conversation.shopperName).toBeNull();
    expect(
      refusal(
        await call(owner, 'conversation:rename', { conversationId, shopperName: 'x'.repeat(61) }),
      ).code,
    ).toBe('INVALID_PAYLOAD');
  });
});
