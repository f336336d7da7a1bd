import { findAgentBySessionToken, signInAgent, signOutAgent } from '@/lib/identity/agent-auth';
import type { Store } from '@/lib/store/connect';
import { OWNER_EMAIL, OWNER_PASSWORD, seedTestStore } from '../../support/seed';
import { createTestStore, storeKinds } from '../../support/store';

jest.setTimeout(60_000);

describe.each(storeKinds())('agent sessions (%s)', (kind) => {
  let store: Store;

  beforeAll(async () => {
    store = await createTestStore(kind);
    await seedTestStore(store);
  });

  afterAll(async () => {
    await store.close();
  });

  test('a session is found until it expires, and never after', async () => {
    const { token, agent } = await signInAgent(store.db, OWNER_EMAIL, OWNER_PASSWORD);
    expect((await findAgentBySessionToken(store.db, token))?.id).toBe(agent.id);

    await store.db
      .updateTable('agent_sessions')
      .set({ expires_at: new Date(Date.now() - 1000) })
      .where('agent_id', '=', agent.id)
      .execute();
    expect(await findAgentBySessionToken(store.db, token)).toBeUndefined();

    // The next sign-in clears the expired rows instead of keeping them forever.
    const fresh = await signInAgent(store.db, OWNER_EMAIL, OWNER_PASSWORD);
    const rows = await store.db
      .selectFrom('agent_sessions')
      .select('expires_at')
      .where('agent_id', '=', agent.id)
      .execute();
    expect(rows).toHaveLength(1);
    expect(rows[0]?.expires_at.getTime()).toBeGreaterThan(Date.now());

    await signOutAgent(store.db, fresh.token);
    expect(await findAgentBySessionToken(store.db, fresh.token)).toBeUndefined();
  });

  test('sessions are stored as hashes, not as the tokens in the cookie', async () => {
    const { token } = await signInAgent(store.db, OWNER_EMAIL, OWNER_PASSWORD);
    const stored = await store.db.selectFrom('agent_sessions').select('token_hash').execute();
    expect(stored.map((row) => row.token_hash)).not.toContain(token);
  });
});
