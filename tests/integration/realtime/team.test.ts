import { randomUUID } from 'node:crypto';
import { findAgentByEmail } from '@/lib/store/identity.repository';
import { call, connect, nextEvent, request, type TestSocket } from '../../support/clients';
import { useRealtimeHarness } from '../../support/harness';
import { createOtherBusiness } from '../../support/seed';
import { storeKinds } from '../../support/store';

jest.setTimeout(60_000);

const PASSWORD = 'a long enough password';

describe.each(storeKinds())('the owner manages the team (%s)', (kind) => {
  const harness = useRealtimeHarness(kind);
  let other: Awaited<ReturnType<typeof createOtherBusiness>>;

  beforeAll(async () => {
    other = await createOtherBusiness(harness.store);
  });

  const addAgent = (owner: TestSocket, email: string) =>
    request(owner, 'team:add', { displayName: `Agent ${email}`, email, password: PASSWORD });

  test('the owner adds an agent, who can sign in and sees the same team', async () => {
    const owner = await harness.agent();
    const before = await request(owner, 'team:list', {});
    expect(before.members).toEqual([expect.objectContaining({ role: 'owner' })]);

    const updated = nextEvent(owner, 'team:updated');
    const { member } = await request(owner, 'team:add', {
      displayName: '  Sari  ',
      email: ' Sari@Demo.Local ',
      password: PASSWORD,
    });
    expect(member).toMatchObject({ displayName: 'Sari', email: 'sari@demo.local', role: 'agent' });
    expect((await updated).members.map((m) => m.email)).toContain('sari@demo.local');

    // Stored as an argon2 hash, never as the password itself.
    const row = await findAgentByEmail(harness.store.db, 'sari@demo.local');
    expect(row?.password_hash).toMatch(/^\$argon2id\$/);

    const sari = await harness.agent('sari@demo.local', PASSWORD);
    const seen = await request(sari, 'team:list', {});
    expect(seen.members.map((m) => m.email)).toEqual(
      expect.arrayContaining(['owner@demo.local', 'sari@demo.local']),
    );
    expect(seen.members.map((m) => m.email)).not.toContain(other.email);
  });

  test('an email used by any business is a conflict; bad fields are field errors', async () => {
    const owner = await harness.agent();
    await addAgent(owner, 'dup@demo.local');
    for (const email of ['dup@demo.local', 'DUP@demo.local', other.email]) {
      const result = await call(owner, 'team:add', { displayName: 'X', email, password: PASSWORD });
      expect(result).toEqual({
        ok: false,
        error: expect.objectContaining({ code: 'CONFLICT', message: 'This email is already used' }),
      });
    }

    const weak = await call(owner, 'team:add', {
      displayName: '',
      email: 'not-an-email',
      password: 'short',
    });
    expect(weak.ok).toBe(false);
    if (weak.ok) return;
    expect(weak.error.code).toBe('INVALID_PAYLOAD');
    expect(weak.error.issues?.map((issue) => issue.path).sort()).toEqual([
      'displayName',
      'email',
      'password',
    ]);
    expect(await findAgentByEmail(harness.store.db, 'not-an-email')).toBeUndefined();
  });

  test('agents who are not the owner, shoppers and other businesses are refused', async () => {
    const owner = await harness.agent();
    const { member } = await addAgent(owner, 'plain@demo.local');
    const plain = await harness.agent('plain@demo.local', PASSWORD);
    const shopper = await harness.shopper();
    const outsider = await harness.agent(other.email, other.password);
    const ownerRow = await findAgentByEmail(harness.store.db, 'owner@demo.local');

    const add = { displayName: 'Nope', email: 'nope@demo.local', password: PASSWORD };
    for (const socket of [plain, shopper, outsider]) {
      for (const [event, payload] of [
        ['team:add', add],
        ['team:remove', { agentId: member.agentId }],
      ] as const) {
        const result = await call(socket, event, payload);
        expect(result.ok ? 'ok' : result.error.code).toBe('FORBIDDEN');
      }
    }
    const shopperList = await call(shopper, 'team:list', {});
    expect(shopperList.ok ? 'ok' : shopperList.error.code).toBe('FORBIDDEN');
    // Another business's agent sees its own team only: none of ours, by email or id.
    const theirTeam = (await request(outsider, 'team:list', {})).members;
    expect(theirTeam.map((m) => m.email)).toEqual([other.email]);
    expect(theirTeam.map((m) => m.agentId)).not.toContain(member.agentId);
    expect(await findAgentByEmail(harness.store.db, 'nope@demo.local')).toBeUndefined();
    expect(await findAgentByEmail(harness.store.db, 'plain@demo.local')).toBeDefined();

    // The other business's owner cannot remove our agent: to them it does not exist.
    const otherOwner = await harness.store.db
      .updateTable('agents')
      .set({ role: 'owner' })
      .where('email', '=', other.email)
      .returning('id')
      .executeTakeFirstOrThrow();
    const otherOwnerSocket = await harness.agent(other.email, other.password);
    const removal = await call(otherOwnerSocket, 'team:remove', { agentId: member.agentId });
    expect(removal.ok ? 'ok' : removal.error.code).toBe('NOT_FOUND');
    expect(await findAgentByEmail(harness.store.db, 'plain@demo.local')).toBeDefined();
    await harness.store.db
      .updateTable('agents')
      .set({ role: 'agent' })
      .where('id', '=', otherOwner.id)
      .execute();

    // Nor can the owner remove themself.
    const self = await call(owner, 'team:remove', { agentId: ownerRow?.id });
    expect(self.ok ? 'ok' : self.error.code).toBe('FORBIDDEN');
  });

  test('removing an agent ends their sessions and disconnects their sockets', async () => {
    const owner = await harness.agent();
    const { member } = await addAgent(owner, 'leaving@demo.local');
    const leaving = await harness.agent('leaving@demo.local', PASSWORD);
    const cookie = (leaving.io.opts.extraHeaders ?? {}).cookie;

    const disconnected = new Promise<string>((resolve) => leaving.once('disconnect', resolve));
    const result = await request(owner, 'team:remove', { agentId: member.agentId });
    expect(result).toEqual({ agentId: member.agentId });
    expect(await disconnected).toBe('io server disconnect');

    const sessions = await harness.store.db
      .selectFrom('agent_sessions')
      .select('token_hash')
      .where('agent_id', '=', member.agentId)
      .execute();
    expect(sessions).toEqual([]);
    // The old cookie no longer opens a socket.
    await expect(connect(harness.url, { role: 'agent', cookie })).rejects.toThrow(/Sign in/);
    // Removing again, or an agent that never existed, is NOT_FOUND.
    for (const agentId of [member.agentId, randomUUID()]) {
      const again = await call(owner, 'team:remove', { agentId });
      expect(again.ok ? 'ok' : again.error.code).toBe('NOT_FOUND');
    }
  });
});
