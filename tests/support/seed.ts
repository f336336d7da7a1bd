import { seedDemo } from '@/lib/store/seed/seed';
import type { Store } from '@/lib/store/connect';

export const OWNER_EMAIL = 'owner@demo.local';
export const OWNER_PASSWORD = 'correct horse battery staple';

export const SECOND_AGENT_EMAIL = 'inbox-second@demo.local';
export const SECOND_AGENT_PASSWORD = 'a second inbox agent password';

export async function seedTestStore(store: Store): Promise<void> {
  await seedDemo(store.db, { email: OWNER_EMAIL, password: OWNER_PASSWORD });
}

export async function demoBusinessId(store: Store): Promise<string> {
  const row = await store.db
    .selectFrom('businesses')
    .select('id')
    .where('slug', '=', 'demo')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Adds a plain agent to the demo business (once per store). */
export async function addSecondDemoAgent(store: Store): Promise<void> {
  const { hashPassword } = await import('@/lib/identity/agent-auth');
  const { insertAgent } = await import('@/lib/store/identity.repository');
  await insertAgent(store.db, {
    businessId: await demoBusinessId(store),
    email: SECOND_AGENT_EMAIL,
    displayName: 'Second',
    passwordHash: await hashPassword(SECOND_AGENT_PASSWORD),
    role: 'agent',
  });
}

/** A second business with one agent, for checking that businesses cannot see each other. */
export async function createOtherBusiness(
  store: Store,
  slug = 'other-shop',
  { role = 'agent' }: { role?: 'owner' | 'agent' } = {},
): Promise<{ businessId: string; email: string; password: string }> {
  const { hashPassword } = await import('@/lib/identity/agent-auth');
  const { insertAgent } = await import('@/lib/store/identity.repository');
  const business = await store.db
    .insertInto('businesses')
    .values({
      slug,
      name: 'Other Shop',
      about: 'Another business',
      description: '',
      address: '',
      email: '',
      website: '',
      phone: '',
      avatar_url: '',
      timezone: 'Asia/Jakarta',
      hours: '{}',
      greeting_enabled: false,
      greeting_text: '',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const email = `agent@${slug}.local`;
  const password = 'another long password';
  await insertAgent(store.db, {
    businessId: business.id,
    email,
    displayName: 'Other Agent',
    passwordHash: await hashPassword(password),
    role,
  });
  return { businessId: business.id, email, password };
}
