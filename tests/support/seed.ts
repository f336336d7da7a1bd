import { seedDemo } from '@/lib/store/seed/seed';
import type { Store } from '@/lib/store/connect';

export const OWNER_EMAIL = 'owner@demo.local';
export const OWNER_PASSWORD = 'correct horse battery staple';

export async function seedTestStore(store: Store): Promise<void> {
  await seedDemo(store.db, { email: OWNER_EMAIL, password: OWNER_PASSWORD });
}

/** A second business with one agent, for checking that businesses cannot see each other. */
export async function createOtherBusiness(
  store: Store,
  slug = 'other-shop',
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
    role: 'agent',
  });
  return { businessId: business.id, email, password };
}
