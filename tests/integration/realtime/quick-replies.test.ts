import { randomUUID } from 'node:crypto';
import { MAX_QUICK_REPLIES } from '@/lib/protocol/inbox.schema';
import { call, nextEvent, request, type TestSocket } from '../../support/clients';
import { useRealtimeHarness } from '../../support/harness';
import { refusal } from '../../support/expectations';
import { SECOND_AGENT_EMAIL, SECOND_AGENT_PASSWORD, addSecondDemoAgent } from '../../support/seed';
import { storeKinds } from '../../support/store';

jest.setTimeout(90_000);

describe.each(storeKinds())('quick replies (%s)', (kind) => {
  const harness = useRealtimeHarness(kind);
  const { agent } = harness;

  beforeAll(() => addSecondDemoAgent(harness.store));

  async function deleteAll(socket: TestSocket) {
    const { quickReplies } = await request(socket, 'quick-reply:list', {});
    for (const reply of quickReplies) {
      await request(socket, 'quick-reply:delete', { quickReplyId: reply.id });
    }
  }

  test('create, edit and delete a quick reply; every agent of the business hears each change', async () => {
    const owner = await agent();
    const second = await agent(SECOND_AGENT_EMAIL, SECOND_AGENT_PASSWORD);

    const heardCreate = nextEvent(second, 'quick-replies:updated');
    const { quickReply } = await request(owner, 'quick-reply:create', {
      shortcut: 'ongkir',
      text: '  Ongkir ke Jakarta Rp10.000, sampai 1–2 hari.  ',
    });
    expect(quickReply).toMatchObject({
      shortcut: 'ongkir',
      text: 'Ongkir ke Jakarta Rp10.000, sampai 1–2 hari.',
    });
    expect((await heardCreate).quickReplies).toEqual([quickReply]);

    const heardUpdate = nextEvent(second, 'quick-replies:updated');
    const edited = await request(second, 'quick-reply:update', {
      quickReplyId: quickReply.id,
      shortcut: 'ongkir-jkt',
      text: 'Ongkir ke Jakarta gratis minggu ini.',
    });
    expect(edited.quickReply).toMatchObject({
      id: quickReply.id,
      shortcut: 'ongkir-jkt',
      text: 'Ongkir ke Jakarta gratis minggu ini.',
    });
    expect((await heardUpdate).quickReplies).toEqual([edited.quickReply]);

    const heardDelete = nextEvent(owner, 'quick-replies:updated');
    await request(second, 'quick-reply:delete', { quickReplyId: quickReply.id });
    expect((await heardDelete).quickReplies).toEqual([]);
  });

  test('shortcuts are unique per business whatever their case → CONFLICT on the shortcut field', async () => {
    const owner = await agent();
    await request(owner, 'quick-reply:create', { shortcut: 'Halo', text: 'Halo kak!' });
    const duplicate = refusal(
      await call(owner, 'quick-reply:create', { shortcut: 'halo', text: 'Hai' }),
    );
    expect(duplicate).toMatchObject({ code: 'CONFLICT', issues: [{ path: 'shortcut' }] });
    const { quickReply } = await request(owner, 'quick-reply:create', {
      shortcut: 'terima_kasih',
      text: 'Terima kasih!',
    });
    const clash = refusal(
      await call(owner, 'quick-reply:update', { quickReplyId: quickReply.id, shortcut: 'HALO' }),
    );
    expect(clash.code).toBe('CONFLICT');
    await deleteAll(owner);
  });

  test('bad shortcuts and oversize or empty texts → INVALID_PAYLOAD with issues, nothing stored', async () => {
    const owner = await agent();
    const cases = [
      { shortcut: '', text: 'x' },
      { shortcut: 'with space', text: 'x' },
      { shortcut: '/slash', text: 'x' },
      { shortcut: 'émoji', text: 'x' },
      { shortcut: 'x'.repeat(33), text: 'x' },
      { shortcut: 'ok', text: '   ' },
      { shortcut: 'ok', text: 'x'.repeat(1001) },
      { shortcut: 'ok', text: 'a\u0000b' },
      { shortcut: 'ok' },
    ];
    for (const payload of cases) {
      const error = refusal(await call(owner, 'quick-reply:create', payload));
      expect(error.code).toBe('INVALID_PAYLOAD');
      expect(error.issues?.length).toBeGreaterThan(0);
    }
    const longest = await request(owner, 'quick-reply:create', {
      shortcut: 'A-z_0'.padEnd(32, '9'),
      text: 'x'.repeat(1000),
    });
    expect(longest.quickReply.text).toHaveLength(1000);
    const { quickReplies } = await request(owner, 'quick-reply:list', {});
    expect(quickReplies).toEqual([longest.quickReply]);
    await deleteAll(owner);
  });

  test(`the ${MAX_QUICK_REPLIES + 1}st quick reply → LIMIT_REACHED`, async () => {
    const owner = await agent();
    for (let n = 1; n <= MAX_QUICK_REPLIES; n++) {
      await request(owner, 'quick-reply:create', { shortcut: `r${n}`, text: `Balasan ${n}` });
    }
    const over = refusal(
      await call(owner, 'quick-reply:create', { shortcut: 'extra', text: 'Satu lagi' }),
    );
    expect(over.code).toBe('LIMIT_REACHED');
    expect(over.message).toMatch(/at most 100 quick replies/);
    expect((await request(owner, 'quick-reply:list', {})).quickReplies).toHaveLength(
      MAX_QUICK_REPLIES,
    );
    await deleteAll(owner);
  });

  test('an unknown quick reply id → NOT_FOUND', async () => {
    const owner = await agent();
    const quickReplyId = randomUUID();
    expect(refusal(await call(owner, 'quick-reply:update', { quickReplyId, text: 'x' })).code).toBe(
      'NOT_FOUND',
    );
    expect(refusal(await call(owner, 'quick-reply:delete', { quickReplyId })).code).toBe(
      'NOT_FOUND',
    );
  });
});
